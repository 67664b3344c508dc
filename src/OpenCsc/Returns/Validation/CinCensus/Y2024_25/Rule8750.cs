namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8750() : CinCensusRule(
    "8750",
    "Sex must equal U for an unborn child",
    "Sex;PersonBirthDate;ExpectedPersonBirthDate",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["PersonBirthDate"].IsBlank(row) && !c["ExpectedPersonBirthDate"].IsBlank(row) && c["Sex"][row] != "U");
    }
}
