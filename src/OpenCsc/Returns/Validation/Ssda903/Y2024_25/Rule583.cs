namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule583() : Ssda903Rule("583", "More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.", "DATE_PLACED;DATE_PLACED_CEASED", "PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Every decision but the child's latest (by DATE_PLACED; the first in the file on a tie) must have ceased.
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        IReadOnlyDictionary<string, int> latest = placed.LastRowByChildOrderedBy("DATE_PLACED");
        foreach ((string child, List<int> rows) in placed.RowsByChild())
        {
            if (rows.Count < 2)
            {
                continue;
            }

            int keep = latest.TryGetValue(child, out int found) ? found : rows[0];
            failures.AddAll(placed, rows.Where(r => r != keep && ceased.IsBlank(r)));
        }
    }
}
