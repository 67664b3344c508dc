namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule522() : Ssda903Rule("522", "Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.", "DATE_PLACED;DATE_PLACED_CEASED", "PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        for (int r = 0; r < placed.RowCount; r++)
        {
            if (ceased.Date(r) < decided.Date(r))
            {
                failures.Add(placed, r);
            }
        }
    }
}
