namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4000() : CinCensusRule(
    "4000",
    "CIN Plan details provided for a referral with no further action",
    "ReferralNFA",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        failures.Flag(p, row => data.IsNfa(p.EpisodeOf(row)));
    }
}
