namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule453() : Ssda903Rule("453", "Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.", "PL_DISTANCE", "Episodes;Episodes_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Distances may differ by rounding (under 0.2 miles).
        ReturnTable episodes = data.Episodes;
        ReturnTable last = data.Last("Episodes");
        ReturnColumn distance = episodes["PL_DISTANCE"];
        ReturnColumn reason = episodes["RNE"];
        ReturnColumn lastDistance = last["PL_DISTANCE"];
        ReturnColumn lastReason = last["RNE"];
        ReturnColumn lastEnd = last["DEC"];
        IReadOnlyDictionary<string, int> lastRows = last.LastRowByChildOrderedBy("DECOM");
        foreach ((string child, int first) in episodes.FirstRowByChildOrderedBy("DECOM"))
        {
            if (!lastRows.TryGetValue(child, out int previous) || !lastEnd.IsBlank(previous) || reason[first] != lastReason[previous])
            {
                continue;
            }

            decimal? now = ReturnValues.ParseDecimal(distance[first]);
            decimal? before = ReturnValues.ParseDecimal(lastDistance[previous]);
            bool differs = (now is { } a && before is { } b && Math.Abs(a - b) >= 0.2m) || (before is null && now is not null);
            if (differs)
            {
                failures.Add(episodes, first);
            }
        }
    }
}
