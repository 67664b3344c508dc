namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule334() : Ssda903Rule("334", "Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption.", "DATE_INT;DECOM;RNE", "Episodes;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Against the start of the child's latest period of care (RNE S).
        ReturnTable episodes = data.Episodes;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["RNE"];
        ReturnColumn decided = ad1["DATE_INT"];
        var latest = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] == "S" && start.Date(r) is { } from && episodes.Child[r] is { } child
                && (!latest.TryGetValue(child, out int best) || from > start.Date(best)))
            {
                latest[child] = r;
            }
        }

        for (int r = 0; r < ad1.RowCount; r++)
        {
            if (latest.TryGetValue(ad1.Child[r] ?? "", out int episode) && decided.Date(r) < start.Date(episode))
            {
                failures.Add(ad1, r);
                failures.Add(episodes, episode);
            }
        }
    }
}
