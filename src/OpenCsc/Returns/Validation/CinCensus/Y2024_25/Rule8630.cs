namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8630() : CinCensusRule(
    "8630",
    "CIN Closure Date is before CIN Referral Date for the same CIN episode",
    "CINreferralDate;CINclosureDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => e["CINclosureDate"].Date(row) is { } closed && e["CINreferralDate"].Date(row) is { } referral && closed < referral);
    }
}
