namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2991Q() : CinCensusRule(
    "2991Q",
    "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode",
    "CINdetailsID",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        IReadOnlyList<int>[] enquiries = data.ByEpisode(t.Section47), assessments = data.ByEpisode(t.Assessments);
        failures.Flag(t.CINdetails, row => enquiries[row].Count > 0 && assessments[row].Count == 0);
    }
}
