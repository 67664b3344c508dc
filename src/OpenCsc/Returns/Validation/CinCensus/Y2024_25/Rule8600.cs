namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8600() : CinCensusRule(
    "8600",
    "Child referral date missing or after data collection period",
    "CINreferralDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => e["CINreferralDate"].Date(row) is not { } referral || referral > data.ReferenceDate);
    }
}
