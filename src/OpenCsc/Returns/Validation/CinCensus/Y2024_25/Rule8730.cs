namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8730() : CinCensusRule(
    "8730",
    "Total Number of previous Child Protection Plans missing",
    "NumberOfPreviousCPP",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => CinValues.ParseInteger(p["NumberOfPreviousCPP"][row]) is null);
    }
}
