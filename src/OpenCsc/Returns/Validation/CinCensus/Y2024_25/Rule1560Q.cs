namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1560Q() : CinCensusRule(
    "1560Q",
    "Please check and either amend or provide a reason: Former UPN wrongly formatted",
    "FormerUPN",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["FormerUPN"][row] is { } former && !CinUpn.IsWellFormed(former));
    }
}
