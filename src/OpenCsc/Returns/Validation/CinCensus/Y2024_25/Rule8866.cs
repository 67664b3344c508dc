using OpenCsc.Returns.CinCensus;

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8866() : CinCensusRule(
    "8866",
    "Source of Referral is missing or an invalid code",
    "CINreferralDate;ReferralSource",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => e["ReferralSource"][row] is not { } code || !CinCensusCodes.ReferralSource.Contains(code));
    }
}
