namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule119() : Ssda903Rule("119", "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.", "REASON_PLACED_CEASED;DATE_PLACED_CEASED", "PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        ReturnColumn reason = placed["REASON_PLACED_CEASED"];
        for (int r = 0; r < placed.RowCount; r++)
        {
            if (ceased.IsBlank(r) != reason.IsBlank(r))
            {
                failures.Add(placed, r);
            }
        }
    }
}
