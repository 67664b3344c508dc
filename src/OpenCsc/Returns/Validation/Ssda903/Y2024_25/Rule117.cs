namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule117() : Ssda903Rule("117", "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.", "DATE_PLACED_CEASED;DATE_PLACED;DEC;REC;DECOM", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Against the child's latest episode that ended care (any reason but X1).
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) is { } from && reason[r] != "X1" && episodes.Child[r] is { } child
                && (!latest.TryGetValue(child, out int best) || from > start.Date(best)))
            {
                latest[child] = r;
            }
        }

        for (int r = 0; r < placed.RowCount; r++)
        {
            if (!latest.TryGetValue(placed.Child[r] ?? "", out int episode))
            {
                continue;
            }

            DateOnly? left = end.Date(episode);
            bool late(DateOnly? date) => date > data.CollectionEnd || (left is not null && date > left);
            if (late(decided.Date(r)) || late(ceased.Date(r)))
            {
                failures.Add(placed, r);
                failures.Add(episodes, episode);
            }
        }
    }
}
