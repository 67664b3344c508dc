namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1570() : CinCensusRule(
    "1570",
    "LA Child ID must not be longer than 20 characters",
    "LAchildID",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["LAchildID"][row] is { Length: > 20 });
    }
}
