namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule554() : Ssda903Rule("554", "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]", "DATE_PLACED;DECOM;LS", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The placement order is the child's first E1 episode; a decision to place dated after it flags both rows.
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn status = episodes["LS"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn decided = placed["DATE_PLACED"];
        var firstOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] == "E1" && start.Date(r) is { } from)
            {
                string child = episodes.Child[r] ?? "";
                if (!firstOrder.TryGetValue(child, out int earlier) || from < start.Date(earlier))
                {
                    firstOrder[child] = r;
                }
            }
        }

        for (int r = 0; r < placed.RowCount; r++)
        {
            if (firstOrder.TryGetValue(placed.Child[r] ?? "", out int order) && decided.Date(r) > start.Date(order))
            {
                failures.Add(placed, r);
                failures.Add(episodes, order);
            }
        }
    }
}
