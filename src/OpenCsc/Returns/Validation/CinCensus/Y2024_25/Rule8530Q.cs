namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8530Q() : CinCensusRule(
    "8530Q",
    "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
    "ExpectedPersonBirthDate",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildIdentifiers;
        var first = new DateOnly(data.ReferenceDate.Year, 3, 1);
        var last = new DateOnly(data.ReferenceDate.Year, 12, 31);
        failures.Flag(c, row => !c["ExpectedPersonBirthDate"].IsBlank(row)
            && !(c["ExpectedPersonBirthDate"].Date(row) is { } expected && expected >= first && expected <= last));
    }
}
