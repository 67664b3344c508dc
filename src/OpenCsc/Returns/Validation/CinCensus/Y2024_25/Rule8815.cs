namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8815() : CinCensusRule(
    "8815",
    "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
    "ReferralNFA;CINclosureDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        IReadOnlyList<int>[] byChild = data.ByChild(e);
        bool Open(int row) => e["CINclosureDate"].IsBlank(row) && data.IsFurtherAction(row);
        failures.Flag(e, row => Open(row) && byChild[e.ChildOf(row)].Count(Open) > 1);
    }
}
