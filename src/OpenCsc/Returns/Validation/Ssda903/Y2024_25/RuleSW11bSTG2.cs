namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW11bSTG2() : Ssda903Rule("SW11bSTG2", "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.", "SW_DEC", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child's last social worker episode (by SW_DECOM) that ended in the five days to the end of the year needs a
        // next one. Flagged: that episode; or, where the child has a further row with no start, that row (the next
        // episode's start is missing). An episode ending on or before the day the previous one started is out of order,
        // which the ordering rules flag, and is not flagged here.
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn start = episodes["SW_DECOM"];
        ReturnColumn end = episodes["SW_DEC"];
        DateOnly windowStart = data.CollectionEnd.AddDays(-5);
        foreach (int[] rows in episodes.RowsByChildOrderedBy("SW_DECOM").Values)
        {
            int last = Array.FindLastIndex(rows, r => start.Date(r) is not null);
            if (last < 0 || end.Date(rows[last]) is not { } ended || ended < windowStart || ended > data.CollectionEnd)
            {
                continue;
            }

            if (last + 1 < rows.Length && start.IsBlank(rows[last + 1]))
            {
                failures.Add(episodes, rows[last + 1]);
            }
            else if (last + 1 == rows.Length && (last == 0 || start.Date(rows[last - 1]) < ended))
            {
                failures.Add(episodes, rows[last]);
            }
        }
    }
}
