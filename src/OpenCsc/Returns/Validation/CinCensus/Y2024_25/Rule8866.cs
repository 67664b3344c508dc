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
        // The DfE's rule applies to referrals from 1 April 2013, when the referral source codes came in.
        var codesFrom = new DateOnly(2013, 4, 1);
        failures.Flag(e, row => e["CINreferralDate"].Date(row) is { } referral && referral >= codesFrom
            && (e["ReferralSource"][row] is not { } code || !CinCensusCodes.ReferralSource.IsCode(code)));
    }
}
