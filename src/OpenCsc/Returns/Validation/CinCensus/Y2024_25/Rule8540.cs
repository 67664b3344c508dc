using OpenCsc.Returns.CinCensus;

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8540() : CinCensusRule(
    "8540",
    "Child’s disability is missing or invalid (see Disability table)",
    "Disability;PersonBirthDate;ReferralNFA",
    "ChildIdentifiers;Disabilities")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable c = t.ChildIdentifiers, d = t.Disabilities;
        IReadOnlyList<int>[] episodes = data.ByChild(t.CINdetails), disabilities = data.ByChild(d);
        bool Applies(int child) => !c["PersonBirthDate"].IsBlank(child) && episodes[child].Any(data.IsFurtherAction);
        failures.Flag(c, child => Applies(child) && disabilities[child].Count == 0);
        failures.Flag(d, row => Applies(d.ChildOf(row)) && !(d["Disability"][row] is { } code && CinCensusCodes.Disability.IsCode(code)));
    }
}
