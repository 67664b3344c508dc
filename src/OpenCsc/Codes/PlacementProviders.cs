namespace OpenCsc.Codes;

/// <summary>SSDA903 placement provider (PLACE_PROVIDER).</summary>
public static class PlacementProviders
{
    public static CodeList Codes { get; } = new("Placement provider",
    [
        ("PR0", "Parent(s) or other person(s) with parental responsibility"),
        ("PR1", "Own provision (by the local authority)"),
        ("PR2", "Other local authority provision"),
        ("PR3", "Other public provision (for example a primary care trust)"),
        ("PR4", "Private provision"),
        ("PR5", "Voluntary/third sector provision"),
    ]);
}
