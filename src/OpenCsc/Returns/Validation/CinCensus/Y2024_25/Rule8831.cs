namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8831() : CinCensusRule(
    "8831",
    "Activity is recorded against a case marked as a referral with no further action",
    "AssessmentActualStartDate;AssessmentAuthorisationDate;S47ActualStartDate;DateOfInitialCPC",
    "CINdetails;Assessments;Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        failures.Flag(t.CINdetails, row => data.IsNfa(row) && !t.CINdetails["DateOfInitialCPC"].IsBlank(row));
        failures.Flag(t.Assessments, row => data.IsNfa(t.Assessments.EpisodeOf(row))
            && (!t.Assessments["AssessmentActualStartDate"].IsBlank(row) || !t.Assessments["AssessmentAuthorisationDate"].IsBlank(row)));
        failures.Flag(t.Section47, row => data.IsNfa(t.Section47.EpisodeOf(row))
            && (!t.Section47["S47ActualStartDate"].IsBlank(row) || !t.Section47["DateOfInitialCPC"].IsBlank(row)));
    }
}
