namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4001() : CinCensusRule(
    "4001",
    "A CIN Plan cannot run concurrently with a Child Protection Plan",
    "CINPlanEndDate;CPPendDate",
    "CINplanDates;ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable cin = t.CINplanDates, cpp = t.ChildProtectionPlans;
        var openCpp = new HashSet<int>(cpp.Rows().Where(row => cpp["CPPendDate"].IsBlank(row)).Select(cpp.EpisodeOf));
        var openCin = new HashSet<int>(cin.Rows().Where(row => !cin["CINPlanStartDate"].IsBlank(row) && cin["CINPlanEndDate"].IsBlank(row)).Select(cin.EpisodeOf));
        failures.Flag(cin, row => !cin["CINPlanStartDate"].IsBlank(row) && cin["CINPlanEndDate"].IsBlank(row) && openCpp.Contains(cin.EpisodeOf(row)));
        failures.Flag(cpp, row => cpp["CPPendDate"].IsBlank(row) && openCin.Contains(cpp.EpisodeOf(row)));
    }
}
