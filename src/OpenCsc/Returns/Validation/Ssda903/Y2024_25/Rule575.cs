namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule575() : Ssda903Rule("575", "'If the placement from which the child goes missing/away from placement without ' + 'authorisation ends, the missing/away from placement without authorisation period in ' + 'the missing module must also have an end date.'", "MIS_END", "Episodes;Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A missing period that started in an episode that has ended must have ended too.
        ReturnTable missing = data.Missing;
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = missing["MIS_START"];
        ReturnColumn end = missing["MIS_END"];
        ReturnColumn episodeStart = episodes["DECOM"];
        ReturnColumn episodeEnd = episodes["DEC"];
        IReadOnlyDictionary<string, List<int>> byChild = episodes.RowsByChild();
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (!end.IsBlank(r) || start.Date(r) is not { } from || !byChild.TryGetValue(missing.Child[r] ?? "", out List<int>? rows))
            {
                continue;
            }

            if (rows.Any(e => episodeEnd.Date(e) is { } ended && from >= episodeStart.Date(e) && from <= ended))
            {
                failures.Add(missing, r);
            }
        }
    }
}
