namespace OpenCsc.Codes;

/// <summary>SSDA903 placement provider (PLACE_PROVIDER).</summary>
public static class PlacementProviders
{
    public static CodeList Codes { get; } = new("Placement provider",
    [
        new("PR0", "Parent(s) or other person(s) with parental responsibility", CollectionYears.Always, "c) Other"),
        new("PR1", "Own provision (by the local authority)", CollectionYears.Always, "a) Own LA"),
        new("PR2", "Other local authority provision", CollectionYears.Always, "c) Other"),
        new("PR3", "Other public provision (for example a primary care trust)", CollectionYears.Always, "c) Other"),
        new("PR4", "Private provision", CollectionYears.Always, "b) Private"),
        new("PR5", "Voluntary/third sector provision", CollectionYears.Always, "c) Other"),
    ]);
}
