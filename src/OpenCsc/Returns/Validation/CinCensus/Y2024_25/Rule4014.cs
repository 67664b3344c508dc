namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4014() : CinCensusRule(
    "4014",
    "CIN Plan data contains overlapping dates",
    "CINPlanStartDate;CINPlanEndDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        foreach ((int a, int b) in CinRuleHelpers.StartsWithin(data.ByChild(p), p["CINPlanStartDate"].Dates, p["CINPlanEndDate"].Dates, data.ReferenceDate,
            endInclusive: true, skipDuplicates: false))
        {
            failures.Add(p, a);
            failures.Add(p, b);
        }
    }
}
