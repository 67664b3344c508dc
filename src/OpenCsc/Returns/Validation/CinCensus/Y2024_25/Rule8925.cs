namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8925() : CinCensusRule(
    "8925",
    "Child Protection Plan End Date earlier than Start Date",
    "CPPstartDate;CPPendDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => p["CPPendDate"].Date(row) is { } end && p["CPPstartDate"].Date(row) is { } start && end < start);
    }
}
