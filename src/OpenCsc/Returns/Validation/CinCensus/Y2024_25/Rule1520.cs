namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1520() : CinCensusRule(
    "1520",
    "More than one record with the same UPN.",
    "UPN",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int row in c.Rows())
        {
            if (c["UPN"][row] is { } upn)
            {
                counts[upn] = counts.GetValueOrDefault(upn) + 1;
            }
        }

        failures.Flag(c, row => c["UPN"][row] is { } upn && counts[upn] > 1);
    }
}
