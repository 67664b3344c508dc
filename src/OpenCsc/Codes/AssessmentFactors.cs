namespace OpenCsc.Codes;

/// <summary>
/// The factors identified at the end of an assessment, as the CIN census codes them (the 2025/26 and 2026/27
/// schemas' list; 18A and 19A are earlier years' codes, kept so older data is shown with a label). The schemas
/// CIN_schema_2023 to 2026 all still accept 18A and 19A (the rules warn against them), so every code is valid in
/// every year we hold.
/// </summary>
public static class AssessmentFactors
{
    public static CodeList Codes { get; } = new("Assessment factor",
    [
        new("1A", "Alcohol misuse by the child", CollectionYears.Always),
        new("1B", "Alcohol misuse by a parent or carer", CollectionYears.Always),
        new("1C", "Alcohol misuse by another person in the household", CollectionYears.Always),
        new("2A", "Drug misuse by the child", CollectionYears.Always),
        new("2B", "Drug misuse by a parent or carer", CollectionYears.Always),
        new("2C", "Drug misuse by another person in the household", CollectionYears.Always),
        new("3A", "Domestic abuse: the child is subject to it", CollectionYears.Always),
        new("3B", "Domestic abuse: a parent or carer is subject to it", CollectionYears.Always),
        new("3C", "Domestic abuse: another person in the household is subject to it", CollectionYears.Always),
        new("4A", "Mental health of the child", CollectionYears.Always),
        new("4B", "Mental health of a parent or carer", CollectionYears.Always),
        new("4C", "Mental health of another person in the family or household", CollectionYears.Always),
        new("5A", "Learning disability of the child", CollectionYears.Always),
        new("5B", "Learning disability of a parent or carer", CollectionYears.Always),
        new("5C", "Learning disability of another person in the family or household", CollectionYears.Always),
        new("6A", "Physical disability or illness of the child", CollectionYears.Always),
        new("6B", "Physical disability or illness of a parent or carer", CollectionYears.Always),
        new("6C", "Physical disability or illness of another person in the family or household", CollectionYears.Always),
        new("7A", "Young carer", CollectionYears.Always),
        new("8B", "Privately fostered: overseas child who intends to return", CollectionYears.Always),
        new("8C", "Privately fostered: overseas child who intends to stay", CollectionYears.Always),
        new("8D", "Privately fostered: UK child in an educational placement", CollectionYears.Always),
        new("8E", "Privately fostered: UK child in an alternative family arrangement", CollectionYears.Always),
        new("8F", "Privately fostered: other", CollectionYears.Always),
        new("9A", "Unaccompanied asylum-seeking child", CollectionYears.Always),
        new("10A", "Going or being missing", CollectionYears.Always),
        new("11A", "Child sexual exploitation", CollectionYears.Always),
        new("12A", "Trafficking", CollectionYears.Always),
        new("13A", "Gangs", CollectionYears.Always),
        new("14A", "Socially unacceptable behaviour", CollectionYears.Always),
        new("15A", "Self-harm", CollectionYears.Always),
        new("16A", "Neglect", CollectionYears.Always),
        new("17A", "Emotional abuse", CollectionYears.Always),
        new("18A", "Physical abuse (before 2022/23)", CollectionYears.Always),
        new("18B", "Physical abuse by another child", CollectionYears.Always),
        new("18C", "Physical abuse by an adult", CollectionYears.Always),
        new("19A", "Sexual abuse (before 2022/23)", CollectionYears.Always),
        new("19B", "Sexual abuse by another child", CollectionYears.Always),
        new("19C", "Sexual abuse by an adult", CollectionYears.Always),
        new("20", "Other", CollectionYears.Always),
        new("21", "No factors identified (only with no further action)", CollectionYears.Always),
        new("22A", "Female genital mutilation", CollectionYears.Always),
        new("23A", "Abuse linked to faith or belief", CollectionYears.Always),
        new("24A", "Child criminal exploitation", CollectionYears.Always),
    ]);

    /// <summary>The factors a new assessment may record: the current list, without the retired 18A and 19A.</summary>
    public static IReadOnlyList<(string Code, string Label)> Current { get; } =
        [.. Codes.Entries.Where(e => e.Code is not ("18A" or "19A"))];
}
