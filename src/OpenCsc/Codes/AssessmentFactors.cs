namespace OpenCsc.Codes;

/// <summary>
/// The factors identified at the end of an assessment, as the CIN census codes them (the 2025/26 and 2026/27
/// schemas' list; 18A and 19A are earlier years' codes, kept so older data is shown with a label).
/// </summary>
public static class AssessmentFactors
{
    public static CodeList Codes { get; } = new("Assessment factor",
    [
        ("1A", "Alcohol misuse by the child"),
        ("1B", "Alcohol misuse by a parent or carer"),
        ("1C", "Alcohol misuse by another person in the household"),
        ("2A", "Drug misuse by the child"),
        ("2B", "Drug misuse by a parent or carer"),
        ("2C", "Drug misuse by another person in the household"),
        ("3A", "Domestic abuse: the child is subject to it"),
        ("3B", "Domestic abuse: a parent or carer is subject to it"),
        ("3C", "Domestic abuse: another person in the household is subject to it"),
        ("4A", "Mental health of the child"),
        ("4B", "Mental health of a parent or carer"),
        ("4C", "Mental health of another person in the family or household"),
        ("5A", "Learning disability of the child"),
        ("5B", "Learning disability of a parent or carer"),
        ("5C", "Learning disability of another person in the family or household"),
        ("6A", "Physical disability or illness of the child"),
        ("6B", "Physical disability or illness of a parent or carer"),
        ("6C", "Physical disability or illness of another person in the family or household"),
        ("7A", "Young carer"),
        ("8B", "Privately fostered: overseas child who intends to return"),
        ("8C", "Privately fostered: overseas child who intends to stay"),
        ("8D", "Privately fostered: UK child in an educational placement"),
        ("8E", "Privately fostered: UK child in an alternative family arrangement"),
        ("8F", "Privately fostered: other"),
        ("9A", "Unaccompanied asylum-seeking child"),
        ("10A", "Going or being missing"),
        ("11A", "Child sexual exploitation"),
        ("12A", "Trafficking"),
        ("13A", "Gangs"),
        ("14A", "Socially unacceptable behaviour"),
        ("15A", "Self-harm"),
        ("16A", "Neglect"),
        ("17A", "Emotional abuse"),
        ("18A", "Physical abuse (before 2022/23)"),
        ("18B", "Physical abuse by another child"),
        ("18C", "Physical abuse by an adult"),
        ("19A", "Sexual abuse (before 2022/23)"),
        ("19B", "Sexual abuse by another child"),
        ("19C", "Sexual abuse by an adult"),
        ("20", "Other"),
        ("21", "No factors identified (only with no further action)"),
        ("22A", "Female genital mutilation"),
        ("23A", "Abuse linked to faith or belief"),
        ("24A", "Child criminal exploitation"),
    ]);

    /// <summary>The factors a new assessment may record: the current list, without the retired 18A and 19A.</summary>
    public static IReadOnlyList<(string Code, string Label)> Current { get; } =
        [.. Codes.Entries.Where(e => e.Code is not ("18A" or "19A"))];
}
