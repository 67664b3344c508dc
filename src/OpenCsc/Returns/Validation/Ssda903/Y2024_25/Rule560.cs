namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule560() : Ssda903Rule("560", "Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.", "DATE_PLACED;DATE_PLACED_CEASED", "PlacedAdoption;PlacedAdoption_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child whose decision to place was still open at the end of last year (a date placed, no date ceased) must
        // carry that date into this year: the child's rows are flagged when none of them has it.
        ReturnTable placed = data.PlacedAdoption;
        ReturnTable last = data.Last("PlacedAdoption");
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn lastDecided = last["DATE_PLACED"];
        ReturnColumn lastCeased = last["DATE_PLACED_CEASED"];
        var open = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastDecided[r] is not null && lastCeased.IsBlank(r))
            {
                string child = last.Child[r] ?? "";
                if (!open.TryGetValue(child, out HashSet<string>? dates))
                {
                    open[child] = dates = new HashSet<string>(StringComparer.Ordinal);
                }

                dates.Add(PlacedAdoptionDates.Key(lastDecided, r));
            }
        }

        foreach ((string child, List<int> rows) in placed.RowsByChild())
        {
            if (open.TryGetValue(child, out HashSet<string>? dates) && !rows.Any(r => decided[r] is not null && dates.Contains(PlacedAdoptionDates.Key(decided, r))))
            {
                failures.AddAll(placed, rows);
            }
        }
    }
}

/// <summary>A decision date compared across years: the date where it is one, else the text as written.</summary>
internal static class PlacedAdoptionDates
{
    public static string Key(ReturnColumn column, int row) => column.Date(row) is { } date ? ReturnValues.Format(date) : column[row] ?? "";
}
