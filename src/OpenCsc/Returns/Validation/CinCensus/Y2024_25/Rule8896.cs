namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8896() : CinCensusRule(
    "8896",
    "Within one CINDetails group there are 2 or more open Assessments groups",
    "AssessmentAuthorisationDate",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        IReadOnlyList<int>[] byEpisode = data.ByEpisode(a);
        bool Open(int row) => a["AssessmentAuthorisationDate"].IsBlank(row);
        failures.Flag(a, row => Open(row) && a.EpisodeOf(row) >= 0 && byEpisode[a.EpisodeOf(row)].Count(Open) > 1);
    }
}
