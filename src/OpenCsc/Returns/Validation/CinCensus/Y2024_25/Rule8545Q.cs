namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8545Q() : CinCensusRule(
    "8545Q",
    "Please check and either amend data or provide a reason: Child's date of death should be within the census year",
    "PersonDeathDate",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => !c["PersonDeathDate"].IsBlank(row) && !(c["PersonDeathDate"].Date(row) is { } death && data.InCensusYear(death)));
    }
}
