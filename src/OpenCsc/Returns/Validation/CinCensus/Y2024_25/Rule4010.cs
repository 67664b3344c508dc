namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4010() : CinCensusRule(
    "4010",
    "CIN Plan start date is missing or out of data collection period",
    "CINPlanStartDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        failures.Flag(p, row => p["CINPlanStartDate"].Date(row) is not { } start || start > data.ReferenceDate);
    }
}
