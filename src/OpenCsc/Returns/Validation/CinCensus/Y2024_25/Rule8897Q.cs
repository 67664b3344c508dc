namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8897Q() : CinCensusRule(
    "8897Q",
    "Parental or child factors at assessment information is missing from a completed assessment",
    "AssessmentAuthorisationDate;AssessmentFactors",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        CinColumn factor = data.Tables.AssessmentFactors["AssessmentFactors"];
        IReadOnlyList<int>[] factors = data.FactorsByAssessment;
        failures.Flag(a, row => !a["AssessmentAuthorisationDate"].IsBlank(row) && factors[row].All(f => factor.IsBlank(f)));
    }
}
