namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8770Q() : CinCensusRule(
    "8770Q",
    "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
    "UPNunknown;UPNunknown",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable c = t.ChildIdentifiers;
        IReadOnlyList<int>[] episodes = data.ByChild(t.CINdetails);
        // Of school age: born on or before 31 August six years before the census year ends.
        var schoolAge = new DateOnly(data.ReferenceDate.Year - 6, 8, 31);
        failures.Flag(c, child => c["UPN"].IsBlank(child) && c["PersonBirthDate"].Date(child) is { } birth && birth <= schoolAge
            && episodes[child].Any(data.IsFurtherAction)
            && c["UPNunknown"][child]?.ToUpperInvariant() is not ("UN2" or "UN3" or "UN4" or "UN5" or "UN6" or "UN7"));
    }
}
