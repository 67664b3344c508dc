namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8500() : CinCensusRule(
    "8500",
    "LA Child ID missing",
    "LAchildID",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["LAchildID"].IsBlank(row));
    }
}
