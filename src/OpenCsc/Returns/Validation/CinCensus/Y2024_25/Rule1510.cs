namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1510() : CinCensusRule(
    "1510",
    "UPN invalid (wrong check letter at character 1)",
    "UPN",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => CinUpn.CheckLetter(c["UPN"][row]) is { } expected && c["UPN"][row]![0] != expected);
    }
}
