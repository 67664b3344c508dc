namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8839() : CinCensusRule(
    "8839",
    "Within one CINDetails group there are 2 or more open S47 Assessments",
    "DateOfInitialCPC",
    "Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        IReadOnlyList<int>[] byEpisode = data.ByEpisode(t.Section47);
        failures.Flag(t.Section47, row => t.IsOpenEnquiry(row) && t.Section47.EpisodeOf(row) >= 0
            && byEpisode[t.Section47.EpisodeOf(row)].Count(t.IsOpenEnquiry) > 1);
    }
}
