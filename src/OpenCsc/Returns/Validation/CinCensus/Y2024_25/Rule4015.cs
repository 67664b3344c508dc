namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4015() : CinCensusRule(
    "4015",
    "The CIN Plan start date cannot be before the referral date",
    "CINPlanStartDate;CINreferralDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        failures.Flag(p, row => p["CINPlanStartDate"].Date(row) is { } start && data.EpisodeDate(p, row, "CINreferralDate") is { } referral && start < referral);
    }
}
