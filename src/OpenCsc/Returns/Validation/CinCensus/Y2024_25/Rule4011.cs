namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4011() : CinCensusRule(
    "4011",
    "CIN Plan End Date earlier than Start Date",
    "CINPlanEndDate;CINPlanStartDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        failures.Flag(p, row => p["CINPlanEndDate"].Date(row) is { } end && p["CINPlanStartDate"].Date(row) is { } start && end < start);
    }
}
