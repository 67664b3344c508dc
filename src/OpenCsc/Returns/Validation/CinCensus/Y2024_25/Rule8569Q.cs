namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8569Q() : CinCensusRule(
    "8569Q",
    "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
    "ReferralNFA",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        DateOnly dayBefore = data.WorkingDays.AddWorkingDays(data.CollectionStart, -1);
        failures.Flag(e, row => data.IsNfa(row) && e["CINreferralDate"].Date(row) is { } referral && referral < dayBefore);
    }
}
