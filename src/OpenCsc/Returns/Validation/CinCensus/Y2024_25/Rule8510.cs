namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8510() : CinCensusRule(
    "8510",
    "More than one child record with the same LA Child ID",
    "LAchildID",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int row in c.Rows())
        {
            if (c["LAchildID"][row] is { } id)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        failures.Flag(c, row => c["LAchildID"][row] is { } id && counts[id] > 1);
    }
}
