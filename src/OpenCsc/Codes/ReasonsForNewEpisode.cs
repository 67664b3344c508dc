namespace OpenCsc.Codes;

/// <summary>SSDA903 reason for new episode (RNE).</summary>
public static class ReasonsForNewEpisode
{
    public static CodeList Codes { get; } = new("Reason for new episode",
    [
        ("S", "Started to be looked after"),
        ("L", "Change of legal status only"),
        ("P", "Change of placement and carer(s) only"),
        ("T", "Change of both legal status and placement and carer(s) at the same time"),
        ("B", "Change of placement but carer(s) stayed the same"),
        ("U", "Change of legal status and placement but carer(s) stayed the same"),
    ]);
}
