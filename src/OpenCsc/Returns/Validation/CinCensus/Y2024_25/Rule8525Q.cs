namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8525Q() : CinCensusRule(
    "8525Q",
    "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
    "PersonBirthDate;ExpectedPersonBirthDate",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["PersonBirthDate"].IsBlank(row) == c["ExpectedPersonBirthDate"].IsBlank(row));
    }
}
