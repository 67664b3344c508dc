namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8610() : CinCensusRule(
    "8610",
    "Primary Need code is missing for a referral which led to further action.",
    "ReferralNFA;PrimaryNeedCode",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => data.IsFurtherAction(row) && e["PrimaryNeedCode"].IsBlank(row));
    }
}
