namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule199() : Ssda903Rule("199", "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]", "CHILD", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Any episode after one that ended in adoption (E11, E12), this year or last, in date order.
        ReturnTable episodes = data.Episodes;
        ReturnTable? last = data.Tables.Find("Episodes_last");
        var adoptedOn = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (ReturnTable table in new[] { episodes, last }.OfType<ReturnTable>())
        {
            ReturnColumn start = table["DECOM"];
            ReturnColumn reason = table["REC"];
            for (int r = 0; r < table.RowCount; r++)
            {
                if (reason[r] is "E11" or "E12" && start.Date(r) is { } from && table.Child[r] is { } child
                    && (!adoptedOn.TryGetValue(child, out DateOnly first) || from < first))
                {
                    adoptedOn[child] = from;
                }
            }
        }

        ReturnColumn decom = episodes["DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (decom.Date(r) is { } from && adoptedOn.TryGetValue(episodes.Child[r] ?? "", out DateOnly adopted) && from > adopted)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
