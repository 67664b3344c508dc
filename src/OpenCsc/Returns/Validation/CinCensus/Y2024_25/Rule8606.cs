namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8606() : CinCensusRule(
    "8606",
    "Child referral date is more than 40 weeks before DOB or expected DOB",
    "CINreferralDate;PersonBirthDate;ExpectedPersonBirthDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable e = t.CINdetails, c = t.ChildIdentifiers;
        failures.Flag(e, row => e["CINreferralDate"].Date(row) is { } referral
            && (c["PersonBirthDate"].Date(e.ChildOf(row)) ?? c["ExpectedPersonBirthDate"].Date(e.ChildOf(row))) is { } birth
            && referral < birth.AddDays(-280));
    }
}
