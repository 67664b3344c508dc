using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4180() : CinCensusRule(
    "4180",
    "Sex must be provided and equal M, F, or U",
    "Sex",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => !Sexes.Codes.IsCode(c["Sex"][row]));
    }
}
