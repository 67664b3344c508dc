namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8840() : CinCensusRule(
    "8840",
    "Child Protection Plan cannot start and end on the same day",
    "ChildProtectionPlans;CPPstartDate;CPPendDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => p["CPPstartDate"].Date(row) is { } start && p["CPPendDate"].Date(row) == start);
    }
}
