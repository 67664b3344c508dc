namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule584() : Ssda903Rule("584", "Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.", "DATE_PLACED", "PlacedAdoption;PlacedAdoption_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // After a decision that last year's return records as ceased (a date or a reason), a decision this year must be a
        // new one: flagged when its date is missing or on or before the ceased decision's date.
        ReturnTable placed = data.PlacedAdoption;
        ReturnTable last = data.Last("PlacedAdoption");
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn lastDecided = last["DATE_PLACED"];
        ReturnColumn lastCeased = last["DATE_PLACED_CEASED"];
        ReturnColumn lastReason = last["REASON_PLACED_CEASED"];
        var latestCeased = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastCeased.IsBlank(r) && lastReason.IsBlank(r))
            {
                continue;
            }

            string child = last.Child[r] ?? "";
            DateOnly? date = lastDecided.Date(r);
            latestCeased[child] = latestCeased.TryGetValue(child, out DateOnly? known) && known > date ? known : date ?? known;
        }

        for (int r = 0; r < placed.RowCount; r++)
        {
            if (latestCeased.TryGetValue(placed.Child[r] ?? "", out DateOnly? before) && (decided.Date(r) is not { } date || date <= before))
            {
                failures.Add(placed, r);
            }
        }
    }
}
