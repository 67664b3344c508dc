namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8825Q() : CinCensusRule(
    "8825Q",
    "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
    "ReasonForClosure",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        IReadOnlyList<int>[] assessments = data.ByEpisode(data.Tables.Assessments);
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => e["ReasonForClosure"][row] is "RC8" or "RC9" && assessments[row].Count == 0);
    }
}
