namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule576() : Ssda903Rule("576", "'There is an open missing/away from placement without authorisation period in ' + 'last year’s return and there is no corresponding period recorded at the start of ' + 'this year.'", "CHILD", "MIssing;Missing_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Last year's open missing period must be this year's first, with the same start.
        ReturnTable missing = data.Missing;
        ReturnTable last = data.Last("Missing");
        ReturnColumn start = missing["MIS_START"];
        ReturnColumn lastStart = last["MIS_START"];
        ReturnColumn lastEnd = last["MIS_END"];
        var openStarts = new Dictionary<string, List<DateOnly?>>(StringComparer.Ordinal);
        ReturnColumn lastChild = last.Child;
        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastEnd.IsBlank(r) && lastStart.Date(r) is { } date)
            {
                string id = lastChild[r] ?? "";
                if (!openStarts.TryGetValue(id, out List<DateOnly?>? starts))
                {
                    openStarts[id] = starts = [];
                }

                starts.Add(date);
            }
        }

        foreach ((string child, int[] rows) in missing.RowsByChildOrderedBy("MIS_START"))
        {
            int first = rows[0];
            if (openStarts.TryGetValue(child, out List<DateOnly?>? starts) && starts.Any(s => s != start.Date(first)))
            {
                failures.Add(missing, first);
            }
        }
    }
}
