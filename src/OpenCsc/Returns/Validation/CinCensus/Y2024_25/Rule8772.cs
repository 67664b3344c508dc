namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8772() : CinCensusRule(
    "8772",
    "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
    "UPNunknown;ReferralNFA",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable c = t.ChildIdentifiers;
        IReadOnlyList<int>[] episodes = data.ByChild(t.CINdetails);
        failures.Flag(c, child => c["UPNunknown"][child] == "UN7" && episodes[child].Any(e => !data.IsNfa(e)));
    }
}
