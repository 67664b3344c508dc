namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2889() : CinCensusRule(
    "2889",
    "The S47 start date cannot be before the referral date.",
    "S47ActualStartDate;CINreferralDate",
    "Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable s = data.Tables.Section47;
        failures.Flag(s, row => s["S47ActualStartDate"].Date(row) is { } start && data.EpisodeDate(s, row, "CINreferralDate") is { } referral && start < referral);
    }
}
