namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4012Q() : CinCensusRule(
    "4012Q",
    "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
    "CINPlanStartDate;CINPlanEndDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        failures.Flag(p, row => p["CINPlanEndDate"].Date(row) is { } end && p["CINPlanStartDate"].Date(row) is { } start && end == start);
    }
}
