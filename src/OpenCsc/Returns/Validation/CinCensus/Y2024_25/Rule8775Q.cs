namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8775Q() : CinCensusRule(
    "8775Q",
    "Please check and either amend data or provide a reason: Child is over 25 years old",
    "PersonBirthDate;CINclosureDate",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable c = t.ChildIdentifiers;
        IReadOnlyList<int>[] episodes = data.ByChild(t.CINdetails);
        failures.Flag(c, child => c["PersonBirthDate"].Date(child) is { } birth && birth < data.ReferenceDate.AddYears(-25)
            && episodes[child].Any(e => t.CINdetails["CINclosureDate"].Date(e) is not { } closed || closed > birth.AddYears(25)));
    }
}
