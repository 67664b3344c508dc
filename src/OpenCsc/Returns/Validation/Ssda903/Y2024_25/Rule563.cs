namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule563() : Ssda903Rule("563", "The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank", "DATE_PLACED;REASON_PLACED_CEASED;DATE_PLACED_CEASED", "PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        ReturnColumn reason = placed["REASON_PLACED_CEASED"];
        for (int r = 0; r < placed.RowCount; r++)
        {
            if (!ceased.IsBlank(r) && !reason.IsBlank(r) && decided.IsBlank(r))
            {
                failures.Add(placed, r);
            }
        }
    }
}
