namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8869() : CinCensusRule(
    "8869",
    "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.",
    "AssessmentFactors",
    "Assessments")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable a = data.Tables.Assessments;
        CinColumn factor = data.Tables.AssessmentFactors["AssessmentFactors"];
        IReadOnlyList<int>[] factors = data.FactorsByAssessment;
        failures.Flag(a, row => factors[row].Any(f => factor[f] == "21") && factors[row].Any(f => factor[f] is { } code && code != "21"));
    }
}
