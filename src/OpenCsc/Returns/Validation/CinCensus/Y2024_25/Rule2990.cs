namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2990() : CinCensusRule(
    "2990",
    "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
    "ReasonForClosure",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        IReadOnlyList<int>[] plans = data.ByEpisode(t.ChildProtectionPlans), enquiries = data.ByEpisode(t.Section47), cinPlans = data.ByEpisode(t.CINplanDates);
        failures.Flag(t.CINdetails, row => t.CINdetails["ReasonForClosure"][row] is "RC8" or "RC9"
            && (plans[row].Count > 0 || enquiries[row].Count > 0 || cinPlans[row].Count > 0 || !t.CINdetails["DateOfInitialCPC"].IsBlank(row)));
    }
}
