namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule118() : Ssda903Rule("118", "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.", "DECOM;DECOM;LS", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Against the child's first episode other than respite.
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        var earliest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) is { } from && status[r] is not ("V3" or "V4") && episodes.Child[r] is { } child
                && (!earliest.TryGetValue(child, out int best) || from < start.Date(best)))
            {
                earliest[child] = r;
            }
        }

        for (int r = 0; r < placed.RowCount; r++)
        {
            if (ceased.Date(r) is { } date && earliest.TryGetValue(placed.Child[r] ?? "", out int episode)
                && (date < start.Date(episode) || date < data.CollectionStart))
            {
                failures.Add(placed, r);
                failures.Add(episodes, episode);
            }
        }
    }
}
