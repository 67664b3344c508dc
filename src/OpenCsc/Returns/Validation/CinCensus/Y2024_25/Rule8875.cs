namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8875() : CinCensusRule(
    "8875",
    "The Date of Initial Child Protection Conference cannot be a weekend",
    "DateOfInitialCPC",
    "CINdetails;Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        failures.Flag(t.CINdetails, row => t.CINdetails["DateOfInitialCPC"].Date(row) is { } icpc && CinRuleHelpers.IsWeekend(icpc));
        failures.Flag(t.Section47, row => t.Section47["DateOfInitialCPC"].Date(row) is { } icpc && CinRuleHelpers.IsWeekend(icpc));
    }
}
