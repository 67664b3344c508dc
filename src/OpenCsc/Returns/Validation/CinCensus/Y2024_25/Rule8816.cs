namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8816() : CinCensusRule(
    "8816",
    "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.",
    "CINreferralDate;ReferralNFA",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        IReadOnlyList<int>[] byChild = data.ByChild(e);
        failures.Flag(e, row => e["CINclosureDate"].IsBlank(row) && data.IsFurtherAction(row) && e["CINreferralDate"].Date(row) is { } referral
            && byChild[e.ChildOf(row)].Any(other => e["CINreferralDate"].Date(other) is { } later && later > referral));
    }
}
