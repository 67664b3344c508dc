namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8863Q() : CinCensusRule(
    "8863Q",
    "An Assessment is shown as starting when there is another Assessment ongoing.",
    "AssessmentActualStartDate;AssessmentAuthorisationDate",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        foreach ((int x, int y) in CinRuleHelpers.StartsWithin(data.ByEpisode(a), a["AssessmentActualStartDate"].Dates, a["AssessmentAuthorisationDate"].Dates,
            data.ReferenceDate, endInclusive: true, skipDuplicates: true))
        {
            failures.Add(a, x);
            failures.Add(a, y);
        }
    }
}
