namespace OpenCsc.Codes;

/// <summary>
/// CIN census primary need codes N0-N9 (primaryneedcodetype). SSDA903's CIN category of need uses N1-N8 with
/// the same meanings.
/// </summary>
public static class PrimaryNeeds
{
    public static CodeList Codes { get; } = new("Primary need",
    [
        ("N0", "Not stated"),
        ("N1", "Abuse, neglect and exploitation"),
        ("N2", "Child's disability"),
        ("N3", "Parental disability or illness"),
        ("N4", "Family in acute stress"),
        ("N5", "Family dysfunction"),
        ("N6", "Socially unacceptable behaviour"),
        ("N7", "Low income"),
        ("N8", "Absent parenting"),
        ("N9", "Cases other than children in need"),
    ]);
}
