namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1104() : CinCensusRule(
    "1104",
    "The date of the initial child protection conference cannot be before the referral date",
    "CINreferralDate;DateOfInitialCPC",
    "CINdetails;Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => e["DateOfInitialCPC"].Date(row) is { } icpc && e["CINreferralDate"].Date(row) is { } referral && icpc < referral);
        CinTable s = data.Tables.Section47;
        failures.Flag(s, row => s["DateOfInitialCPC"].Date(row) is { } icpc && data.EpisodeDate(s, row, "CINreferralDate") is { } referral && icpc < referral);
    }
}
