namespace OpenCsc.Codes;

/// <summary>Child protection plan categories of abuse (CIN census categoryofabusetype).</summary>
public static class CategoriesOfAbuse
{
    public static CodeList Codes { get; } = new("Category of abuse",
    [
        new("NEG", "Neglect", CollectionYears.Always, "a) Neglect"),
        new("PHY", "Physical abuse", CollectionYears.Always, "b) Physical Abuse"),
        new("SAB", "Sexual abuse", CollectionYears.Always, "c) Sexual Abuse"),
        new("EMO", "Emotional abuse", CollectionYears.Always, "d) Emotional Abuse"),
        new("MUL", "Multiple/not recommended", CollectionYears.Always, "e) Multiple"),
    ]);
}
