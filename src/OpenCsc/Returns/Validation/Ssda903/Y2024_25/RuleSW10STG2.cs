namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW10STG2() : Ssda903Rule("SW10STG2", "A new social worker episode has started before the end date of the previous social worker episode.", "SW_DECOM", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Each social worker episode (in SW_DECOM order, then SW_DEC) must start within 7 days of the end of the child's
        // previous one: flagged when the previous has no end, or the start is more than 7 days before or after it. An
        // episode whose reason is FCONTA (first contact) is not checked.
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn start = episodes["SW_DECOM"];
        ReturnColumn end = episodes["SW_DEC"];
        ReturnColumn reason = episodes["SW_REASON"];
        foreach (List<int> rows in episodes.RowsByChild().Values)
        {
            if (rows.Count < 2)
            {
                continue;
            }

            int[] ordered = [.. rows.OrderBy(r => start.Date(r) ?? DateOnly.MaxValue).ThenBy(r => end.Date(r) ?? DateOnly.MaxValue).ThenBy(r => r)];
            for (int i = 1; i < ordered.Length; i++)
            {
                int r = ordered[i];
                DateOnly? previousEnd = end.Date(ordered[i - 1]);
                bool near = start.Date(r) is { } from && previousEnd is { } to && from >= to.AddDays(-7) && from <= to.AddDays(7);
                if (reason[r] != "FCONTA" && !near)
                {
                    failures.Add(episodes, r);
                }
            }
        }
    }
}
