namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8720() : CinCensusRule(
    "8720",
    "Child Protection Plan Start Date missing or out of data collection period",
    "CPPstartDate;ReferenceDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => p["CPPstartDate"].Date(row) is not { } start || start > data.ReferenceDate);
    }
}
