namespace OpenCsc.Codes;

/// <summary>SSDA903 reason for placement change (REASON_PLACE_CHANGE).</summary>
public static class ReasonsForPlacementChange
{
    public static CodeList Codes { get; } = new("Reason for placement change",
    [
        new("CARPL", "Change to/implementation of care plan", CollectionYears.Always),
        new("CLOSE", "Resignation/closure of provision", CollectionYears.Always),
        new("ALLEG", "Allegation (s47)", CollectionYears.Always),
        new("STAND", "Standards of care concern", CollectionYears.Always),
        new("APPRR", "Approval removed", CollectionYears.Always),
        new("CREQB", "Carer(s) requests placement end due to child's behaviour", CollectionYears.Always),
        new("CREQO", "Carer(s) requests placement end other than due to child's behaviour", CollectionYears.Always),
        new("CHILD", "Child requests placement end", CollectionYears.Always),
        new("LAREQ", "Responsible/area authority requests placement end", CollectionYears.Always),
        new("PLACE", "Change in the status of placement only", CollectionYears.Always),
        new("CUSTOD", "Custody arrangement", CollectionYears.Since(2018)),
        new("OTHER", "Other", CollectionYears.Always),
    ]);
}
