namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4013() : CinCensusRule(
    "4013",
    "CIN Plan end date must fall within the census year",
    "CINPlanEndDate;ReferenceDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        failures.Flag(p, row => !p["CINPlanEndDate"].IsBlank(row) && !(p["CINPlanEndDate"].Date(row) is { } end && data.InCensusYear(end)));
    }
}
