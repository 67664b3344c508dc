namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8736() : CinCensusRule(
    "8736",
    "For an Assessment that has not been completed, the start date must fall within the census year",
    "AssessmentAuthorisationDate;AssessmentActualStartDate",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        failures.Flag(a, row => a["AssessmentAuthorisationDate"].IsBlank(row)
            && !(a["AssessmentActualStartDate"].Date(row) is { } start && data.InCensusYear(start)));
    }
}
