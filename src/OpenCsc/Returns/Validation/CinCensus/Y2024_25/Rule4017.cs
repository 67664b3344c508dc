namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4017() : CinCensusRule(
    "4017",
    "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    "CINPlanStartDate;CINPlanEndDate;CPPstartDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable cin = t.CINplanDates, cpp = t.ChildProtectionPlans;
        IReadOnlyList<int>[] cinByChild = data.ByChild(cin);
        failures.Flag(cpp, row => cpp["CPPstartDate"].Date(row) is { } start && cinByChild[cpp.ChildOf(row)].Any(plan =>
            cin["CINPlanStartDate"].Date(plan) is { } cinStart && start >= cinStart
            && (cin["CINPlanEndDate"].Date(plan) is { } cinEnd ? start < cinEnd : start <= data.ReferenceDate)));
    }
}
