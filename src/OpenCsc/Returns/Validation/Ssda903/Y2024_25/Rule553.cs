namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule553() : Ssda903Rule("553", "'Placement order has been granted but there is no date of decision that the child should ' + 'be placed for adoption.'", "CHILD;DATE_PLACED;DATE_PLACED_CEASED;REASON_PLACED_CEASED", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A placement order (E1) needs a decision to place for adoption; while it is open, that decision stands.
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn status = episodes["LS"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        ReturnColumn reason = placed["REASON_PLACED_CEASED"];
        IReadOnlyDictionary<string, List<int>> decisions = placed.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] != "E1")
            {
                continue;
            }

            if (!decisions.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows))
            {
                failures.Add(episodes, r);
                continue;
            }

            if (end.IsBlank(r))
            {
                failures.AddAll(placed, rows.Where(p => !ceased.IsBlank(p) || !reason.IsBlank(p)));
            }
        }
    }
}
