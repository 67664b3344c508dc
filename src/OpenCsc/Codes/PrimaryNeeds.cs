namespace OpenCsc.Codes;

/// <summary>
/// CIN census primary need codes N0-N9 (primaryneedcodetype). SSDA903's CIN category of need uses N1-N8 with
/// the same meanings.
/// </summary>
public static class PrimaryNeeds
{
    public static CodeList Codes { get; } = new("Primary need",
    [
        new("N0", "Not stated", CollectionYears.Always, "j) Not stated"),
        new("N1", "Abuse, neglect and exploitation", CollectionYears.Always, "a) Abuse or neglect"),
        new("N2", "Child's disability", CollectionYears.Always, "b) Child's disability"),
        new("N3", "Parental disability or illness", CollectionYears.Always, "c) Parents illness or disability"),
        new("N4", "Family in acute stress", CollectionYears.Always, "d) Family in acute stress"),
        new("N5", "Family dysfunction", CollectionYears.Always, "e) Family dysfunction"),
        new("N6", "Socially unacceptable behaviour", CollectionYears.Always, "f) Socially unacceptable behaviour"),
        new("N7", "Low income", CollectionYears.Always, "g) Low income"),
        new("N8", "Absent parenting", CollectionYears.Always, "h) Absent parenting"),
        new("N9", "Cases other than children in need", CollectionYears.Always, "i) Not CIN"),
    ]);

    /// <summary>The SSDA903 category of need (CIN): N1-N8, the same meanings; N0 and N9 are CIN census only.</summary>
    public static CodeList CategoryOfNeed { get; } = new("Category of need", [.. Codes.All.Where(e => e.Code is not ("N0" or "N9"))]);
}
