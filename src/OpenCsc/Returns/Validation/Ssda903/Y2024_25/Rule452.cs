namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule452() : Ssda903Rule("452", "Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.", "PL_LA", "Episodes;Episodes_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable last = data.Last("Episodes");
        ReturnColumn la = episodes["PL_LA"];
        ReturnColumn reason = episodes["RNE"];
        ReturnColumn lastLa = last["PL_LA"];
        ReturnColumn lastReason = last["RNE"];
        ReturnColumn lastEnd = last["DEC"];
        IReadOnlyDictionary<string, int> lastRows = last.LastRowByChildOrderedBy("DECOM");
        foreach ((string child, int first) in episodes.FirstRowByChildOrderedBy("DECOM"))
        {
            if (lastRows.TryGetValue(child, out int previous) && lastEnd.IsBlank(previous) && reason[first] == lastReason[previous]
                && !string.Equals(la[first], lastLa[previous], StringComparison.Ordinal))
            {
                failures.Add(episodes, first);
            }
        }
    }
}
