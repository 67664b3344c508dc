namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8945Q() : CinCensusRule(
    "8945Q",
    "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
    "AssessmentFactors",
    "AssessmentFactors")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable f = data.Tables.AssessmentFactors;
        failures.Flag(f, row => string.Equals(f["AssessmentFactors"][row], "18A", StringComparison.OrdinalIgnoreCase));
    }
}
