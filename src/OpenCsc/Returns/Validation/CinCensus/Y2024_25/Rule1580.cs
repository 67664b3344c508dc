namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1580() : CinCensusRule(
    "1580",
    "LA Child ID must not contain any non-alphanumeric characters",
    "LAchildID",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["LAchildID"][row] is { } id && id.AsSpan().ContainsAnyExcept(CinUpn.Alphanumeric));
    }
}
