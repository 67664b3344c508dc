namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8568() : CinCensusRule(
    "8568",
    "RNFA flag is missing or invalid",
    "ReferralNFA",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        failures.Flag(data.Tables.CINdetails, row => data.ReferralNfa[row] is null);
    }
}
