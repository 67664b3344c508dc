namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8794() : CinCensusRule(
    "8794",
    "Child has two or more disabilities with the same code",
    "Disability",
    "Disabilities")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable d = data.Tables.Disabilities;
        var counts = new Dictionary<(int Child, string Code), int>();
        foreach (int row in d.Rows())
        {
            if (d["Disability"][row] is { } code)
            {
                counts[(d.ChildOf(row), code)] = counts.GetValueOrDefault((d.ChildOf(row), code)) + 1;
            }
        }

        failures.Flag(d, row => d["Disability"][row] is { } code && counts[(d.ChildOf(row), code)] > 1);
    }
}
