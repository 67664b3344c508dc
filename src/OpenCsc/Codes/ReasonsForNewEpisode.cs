namespace OpenCsc.Codes;

/// <summary>SSDA903 reason for new episode (RNE).</summary>
public static class ReasonsForNewEpisode
{
    public static CodeList Codes { get; } = new("Reason for new episode",
    [
        new("S", "Started to be looked after", CollectionYears.Always),
        new("L", "Change of legal status only", CollectionYears.Always),
        new("P", "Change of placement and carer(s) only", CollectionYears.Always),
        new("T", "Change of both legal status and placement and carer(s) at the same time", CollectionYears.Always),
        new("B", "Change of placement but carer(s) stayed the same", CollectionYears.Always),
        new("U", "Change of legal status and placement but carer(s) stayed the same", CollectionYears.Always),
    ]);

    /// <summary>The reasons that start a new placement: every one but a change of legal status only (L).</summary>
    public static CodeList StartsPlacement { get; } = new("Reason for new episode starting a placement", [.. Codes.All.Where(e => e.Code != "L")]);
}
