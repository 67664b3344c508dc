namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule559() : Ssda903Rule("559", "Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.", "DATE_PLACED", "PlacedAdoption;PlacedAdoption_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A decision dated before the year needs the child to have a decision date in last year's return.
        ReturnTable placed = data.PlacedAdoption;
        ReturnTable last = data.Last("PlacedAdoption");
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn lastDecided = last["DATE_PLACED"];
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastDecided.Date(r) is not null)
            {
                recorded.Add(last.Child[r] ?? "");
            }
        }

        for (int r = 0; r < placed.RowCount; r++)
        {
            if (decided.Date(r) < data.CollectionStart && !recorded.Contains(placed.Child[r] ?? ""))
            {
                failures.Add(placed, r);
            }
        }
    }
}
