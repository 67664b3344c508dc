namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8715() : CinCensusRule(
    "8715",
    "Date of Initial Child Protection Conference must fall within the census year",
    "DateOfInitialCPC;ReferenceDate",
    "CINdetails;Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        failures.Flag(t.CINdetails, row => !t.CINdetails["DateOfInitialCPC"].IsBlank(row)
            && !(t.CINdetails["DateOfInitialCPC"].Date(row) is { } icpc && data.InCensusYear(icpc)));
        failures.Flag(t.Section47, row => !t.Section47["DateOfInitialCPC"].IsBlank(row)
            && !(t.Section47["DateOfInitialCPC"].Date(row) is { } icpc && data.InCensusYear(icpc)));
    }
}
