namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8870Q() : CinCensusRule(
    "8870Q",
    "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
    "InitialCPCtarget",
    "Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable s = data.Tables.Section47;
        failures.Flag(s, row => s["InitialCPCtarget"].Date(row) is { } target && CinRuleHelpers.IsWeekend(target));
    }
}
