namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8950Q() : CinCensusRule(
    "8950Q",
    "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
    "AssessmentFactors",
    "AssessmentFactors")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable f = data.Tables.AssessmentFactors;
        failures.Flag(f, row => string.Equals(f["AssessmentFactors"][row], "19A", StringComparison.OrdinalIgnoreCase));
    }
}
