namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8608() : CinCensusRule(
    "8608",
    "Assessment Start Date cannot be later than its End Date",
    "AssessmentActualStartDate;AssessmentAuthorisationDate",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        failures.Flag(a, row => a["AssessmentActualStartDate"].Date(row) is { } start && a["AssessmentAuthorisationDate"].Date(row) is { } end && start > end);
    }
}
