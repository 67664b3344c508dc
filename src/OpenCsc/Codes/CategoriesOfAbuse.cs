namespace OpenCsc.Codes;

/// <summary>Child protection plan categories of abuse (CIN census categoryofabusetype).</summary>
public static class CategoriesOfAbuse
{
    public static CodeList Codes { get; } = new("Category of abuse",
    [
        ("NEG", "Neglect"),
        ("PHY", "Physical abuse"),
        ("SAB", "Sexual abuse"),
        ("EMO", "Emotional abuse"),
        ("MUL", "Multiple/not recommended"),
    ]);
}
