namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8520() : CinCensusRule(
    "8520",
    "Date of Birth is after data collection period (must be on or before the end of the census period)",
    "PersonBirthDate;ReferenceDate",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        failures.Flag(c, row => c["PersonBirthDate"].Date(row) is { } birth && birth > data.ReferenceDate);
    }
}
