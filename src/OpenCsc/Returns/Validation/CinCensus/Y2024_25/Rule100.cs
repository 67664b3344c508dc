namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule100() : CinCensusRule(
    "100",
    "Reference Date is incorrect",
    "ReferenceDate",
    "Header")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable h = data.Tables.Header;
        failures.Flag(h, row => h["ReferenceDate"].Date(row) is not { } date
            || CinValues.ParseInteger(h["Year"][row]) is not { } year || date != new DateOnly(year, 3, 31));
    }
}
