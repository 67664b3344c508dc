namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1530() : CinCensusRule(
    "1530",
    "UPN invalid (characters 2-4 not a recognised LA code)",
    "UPN",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["UPN"][row] is { Length: 13 } upn && !CinUpn.IsLocalAuthorityCode(upn.AsSpan(1, 3)));
    }
}
