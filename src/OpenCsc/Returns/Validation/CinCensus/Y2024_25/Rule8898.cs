namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8898() : CinCensusRule(
    "8898",
    "The assessment has more than one parental or child factors with the same code",
    "AssessmentFactors",
    "AssessmentFactors")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable f = data.Tables.AssessmentFactors;
        var counts = new Dictionary<(int Assessment, string Code), int>();
        foreach (int row in f.Rows())
        {
            if (f["AssessmentFactors"][row] is { } code)
            {
                counts[(f.ParentOf(row), code)] = counts.GetValueOrDefault((f.ParentOf(row), code)) + 1;
            }
        }

        failures.Flag(f, row => f["AssessmentFactors"][row] is { } code && counts[(f.ParentOf(row), code)] > 1);
    }
}
