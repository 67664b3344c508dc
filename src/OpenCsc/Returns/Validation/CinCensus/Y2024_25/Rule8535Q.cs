namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8535Q() : CinCensusRule(
    "8535Q",
    "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth",
    "PersonDeathDate;PersonBirthDate",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["PersonDeathDate"].Date(row) is { } death && (c["PersonBirthDate"].Date(row) is not { } birth || death < birth));
    }
}
