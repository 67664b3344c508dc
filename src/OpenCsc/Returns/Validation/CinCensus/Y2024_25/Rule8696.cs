namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8696() : CinCensusRule(
    "8696",
    "Assessment end date must fall within the census year",
    "AssessmentAuthorisationDate;ReferenceDate",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        failures.Flag(a, row => !a["AssessmentAuthorisationDate"].IsBlank(row)
            && !(a["AssessmentAuthorisationDate"].Date(row) is { } end && data.InCensusYear(end)));
    }
}
