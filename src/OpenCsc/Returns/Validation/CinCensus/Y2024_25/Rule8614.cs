namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8614() : CinCensusRule(
    "8614",
    "Parental or child factors at assessment should only be present for a completed assessment.",
    "AssessmentAuthorisationDate;AssessmentFactors",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        IReadOnlyList<int>[] factors = data.FactorsByAssessment;
        failures.Flag(a, row => a["AssessmentAuthorisationDate"].IsBlank(row) && factors[row].Any(f => !data.Tables.AssessmentFactors["AssessmentFactors"].IsBlank(f)));
    }
}
