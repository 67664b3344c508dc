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
}
