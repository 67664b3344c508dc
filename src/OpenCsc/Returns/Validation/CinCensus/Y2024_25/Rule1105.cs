namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule1105() : CinCensusRule(
    "1105",
    "The child protection plan start date cannot be before the referral date",
    "CPPstartDate;CINreferralDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => p["CPPstartDate"].Date(row) is { } start && data.EpisodeDate(p, row, "CINreferralDate") is { } referral && start < referral);
    }
}
