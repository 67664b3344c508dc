namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8832() : CinCensusRule(
    "8832",
    "Child Protection details provided for a referral with no further action.",
    "CINdetailsID_cpp;ReferralNFA",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => data.IsNfa(p.EpisodeOf(row)));
    }
}
