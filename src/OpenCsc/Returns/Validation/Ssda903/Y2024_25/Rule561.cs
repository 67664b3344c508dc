namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule561() : Ssda903Rule("561", "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.", "DATE_PLACED", "PlacedAdoption;PlacedAdoption_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A decision that last year's return records as ceased (a date or a reason) must not be returned again this year
        // with the same date.
        ReturnTable placed = data.PlacedAdoption;
        ReturnTable last = data.Last("PlacedAdoption");
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn lastDecided = last["DATE_PLACED"];
        ReturnColumn lastCeased = last["DATE_PLACED_CEASED"];
        ReturnColumn lastReason = last["REASON_PLACED_CEASED"];
        var ceased = new HashSet<(string, string)>();
        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastDecided[r] is not null && (!lastCeased.IsBlank(r) || !lastReason.IsBlank(r)))
            {
                ceased.Add((last.Child[r] ?? "", PlacedAdoptionDates.Key(lastDecided, r)));
            }
        }

        for (int r = 0; r < placed.RowCount; r++)
        {
            if (decided[r] is not null && ceased.Contains((placed.Child[r] ?? "", PlacedAdoptionDates.Key(decided, r))))
            {
                failures.Add(placed, r);
            }
        }
    }
}
