namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1003() : Ssda903Rule("1003", "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.", "DATE_PLACED;DECOM;RNE", "Episodes;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Against the child's first period of care (RNE S).
        ReturnTable episodes = data.Episodes;
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["RNE"];
        ReturnColumn decided = placed["DATE_PLACED"];
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] == "S" && start.Date(r) is { } from && episodes.Child[r] is { } child
                && (!first.TryGetValue(child, out int best) || from < start.Date(best)))
            {
                first[child] = r;
            }
        }

        for (int r = 0; r < placed.RowCount; r++)
        {
            if (first.TryGetValue(placed.Child[r] ?? "", out int episode) && decided.Date(r) < start.Date(episode))
            {
                failures.Add(placed, r);
                failures.Add(episodes, episode);
            }
        }
    }
}
