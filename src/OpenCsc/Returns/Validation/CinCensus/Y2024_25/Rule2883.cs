namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2883() : CinCensusRule(
    "2883",
    "There are more child protection plans starting than initial conferences taking place",
    "CPPstartDate;DateOfInitialCPC",
    "Header")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        int plans = t.ChildProtectionPlans["CPPstartDate"].Dates.Count(d => d is { } date && data.InCensusYear(date));
        int conferences = t.CINdetails["DateOfInitialCPC"].Dates.Count(d => d is { } date && data.InCensusYear(date))
            + t.Section47["DateOfInitialCPC"].Dates.Count(d => d is { } date && data.InCensusYear(date));
        if (plans > conferences)
        {
            failures.AddAll(t.Header, t.Header.Rows().Take(1));
        }
    }
}
