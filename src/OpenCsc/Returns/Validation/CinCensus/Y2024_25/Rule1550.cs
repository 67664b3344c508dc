namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1550() : CinCensusRule(
    "1550",
    "UPN invalid (character 13 not a recognised value)",
    "UPN",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["UPN"][row] is { Length: 13 } upn && !CinUpn.IsValidLastCharacter(upn[12]));
    }
}
