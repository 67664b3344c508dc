namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule502() : Ssda903Rule("502", "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.", "DECOM", "Episodes;Episodes_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable last = data.Last("Episodes");
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn lastStart = last["DECOM"];
        ReturnColumn lastEnd = last["DEC"];
        var openStarts = new Dictionary<string, List<DateOnly?>>(StringComparer.Ordinal);
        ReturnColumn lastChild = last.Child;
        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastEnd.IsBlank(r))
            {
                string id = lastChild[r] ?? "";
                if (!openStarts.TryGetValue(id, out List<DateOnly?>? starts))
                {
                    openStarts[id] = starts = [];
                }

                starts.Add(lastStart.Date(r));
            }
        }

        foreach ((string child, int first) in episodes.FirstRowByChildOrderedBy("DECOM"))
        {
            if (openStarts.TryGetValue(child, out List<DateOnly?>? starts) && starts.Any(s => s != start.Date(first)))
            {
                failures.Add(episodes, first);
            }
        }
    }
}
