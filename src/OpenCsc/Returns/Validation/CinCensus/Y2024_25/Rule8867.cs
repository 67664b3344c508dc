namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8867() : CinCensusRule(
    "8867",
    "CIN episode is shown as closed, however Assessment is not shown as completed",
    "CINclosureDate;AssessmentAuthorisationDate",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        failures.Flag(a, row => a["AssessmentAuthorisationDate"].IsBlank(row) && !data.Tables.CINdetails["CINclosureDate"].IsBlank(a.EpisodeOf(row)));
    }
}
