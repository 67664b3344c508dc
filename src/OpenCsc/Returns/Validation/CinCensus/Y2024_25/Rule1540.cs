namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1540() : CinCensusRule(
    "1540",
    "UPN invalid (characters 5-12 not all numeric)",
    "UPN",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["UPN"][row] is { } upn && (upn.Length < 12 || upn.AsSpan(4, 8).ContainsAnyExceptInRange('0', '9')));
    }
}
