namespace OpenCsc.Codes;

/// <summary>
/// Why a child's unique pupil number is not known (CIN census unknownupntype; SSDA903 UPN). The schemas carry the
/// codes without wording; the labels follow the DfE's guide, and the validation rules' wording for UN1, UN4, UN7.
/// </summary>
public static class UpnUnknownReasons
{
    public static CodeList Codes { get; } = new("Reason UPN unknown",
    [
        new("UN1", "Child is not of school age and has not yet been allocated a UPN"),
        new("UN2", "Child has never attended a state school in England"),
        new("UN3", "Child is educated outside England"),
        new("UN4", "Child is newly looked after or in need and the UPN is not yet known"),
        new("UN5", "Sources collating UPNs reflect a discrepancy"),
        new("UN6", "Child is an unaccompanied asylum-seeking child"),
        new("UN7", "Referral with no further action"),
    ]);

    /// <summary>The reasons the SSDA903 UPN accepts: UN1 to UN5 (UN6 and UN7 are the CIN census's).</summary>
    public static CodeList Ssda903 { get; } = new("Reason UPN unknown", [.. Codes.All.Where(e => e.Code is not ("UN6" or "UN7"))]);
}
