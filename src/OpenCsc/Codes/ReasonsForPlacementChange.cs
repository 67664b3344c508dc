namespace OpenCsc.Codes;

/// <summary>SSDA903 reason for placement change (REASON_PLACE_CHANGE).</summary>
public static class ReasonsForPlacementChange
{
    public static CodeList Codes { get; } = new("Reason for placement change",
    [
        ("CARPL", "Change to/implementation of care plan"),
        ("CLOSE", "Resignation/closure of provision"),
        ("ALLEG", "Allegation (s47)"),
        ("STAND", "Standards of care concern"),
        ("APPRR", "Approval removed"),
        ("CREQB", "Carer(s) requests placement end due to child's behaviour"),
        ("CREQO", "Carer(s) requests placement end other than due to child's behaviour"),
        ("CHILD", "Child requests placement end"),
        ("LAREQ", "Responsible/area authority requests placement end"),
        ("PLACE", "Change in the status of placement only"),
        ("CUSTOD", "Custody arrangement"),
        ("OTHER", "Other"),
    ]);
}
