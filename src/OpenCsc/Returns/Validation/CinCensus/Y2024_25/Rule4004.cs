namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4004() : CinCensusRule(
    "4004",
    "This child is showing more than one open CIN Plan, i.e. with no End Date",
    "CINPlanEndDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        IReadOnlyList<int>[] byChild = data.ByChild(p);
        failures.Flag(p, row => p["CINPlanEndDate"].IsBlank(row) && byChild[p.ChildOf(row)].Count(other => p["CINPlanEndDate"].IsBlank(other)) > 1);
    }
}
