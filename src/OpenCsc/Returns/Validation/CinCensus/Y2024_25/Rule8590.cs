namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8590() : CinCensusRule(
    "8590",
    "Child does not have a recorded CIN episode.",
    "LAchildID",
    "ChildIdentifiers")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        IReadOnlyList<int>[] episodes = data.ByChild(data.Tables.CINdetails);
        failures.Flag(data.Tables.ChildIdentifiers, child => episodes[child].Count == 0);
    }
}
