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
        var latest = new int[data.ChildCount];
        for (int child = 0; child < latest.Length; child++)
        {
            latest[child] = -1;
            foreach (int row in byChild[child])
            {
                if (e["CINreferralDate"].Date(row) is { } referral && (latest[child] < 0 || referral > e["CINreferralDate"].Date(latest[child])))
                {
                    latest[child] = row;
                }
            }
        }

        failures.Flag(e, row => e["CINclosureDate"].IsBlank(row) && data.IsFurtherAction(row) && !e["CINreferralDate"].IsBlank(row)
            && latest[e.ChildOf(row)] != row);
    }
}
