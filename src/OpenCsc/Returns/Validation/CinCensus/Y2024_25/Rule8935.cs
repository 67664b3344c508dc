namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8935() : CinCensusRule(
    "8935",
    "This child is showing more than one open Child Protection plan, i.e. with no End Date",
    "CPPendDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        IReadOnlyList<int>[] byChild = data.ByChild(p);
        failures.Flag(p, row => p["CPPendDate"].IsBlank(row) && byChild[p.ChildOf(row)].Count(other => p["CPPendDate"].IsBlank(other)) > 1);
    }
}
