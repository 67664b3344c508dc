namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4016() : CinCensusRule(
    "4016",
    "A CIN Plan has been reported as open at the same time as a Child Protection Plan.",
    "CINPlanStartDate;CPPstartDate;CPPendDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable cin = t.CINplanDates, cpp = t.ChildProtectionPlans;
        IReadOnlyList<int>[] plansByChild = data.ByChild(cpp);
        failures.Flag(cin, row => cin["CINPlanStartDate"].Date(row) is { } start && plansByChild[cin.ChildOf(row)].Any(plan =>
            cpp["CPPstartDate"].Date(plan) is { } cppStart && start >= cppStart
            && (cpp["CPPendDate"].Date(plan) is { } cppEnd ? start < cppEnd : start <= data.ReferenceDate)));
    }
}
