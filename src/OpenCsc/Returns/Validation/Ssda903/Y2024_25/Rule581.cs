namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule581() : Ssda903Rule("581", "Child is missing but has not yet started to be looked after.", "MIS_START", "Episodes;Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A missing period starts within one of the child's episodes.
        ReturnTable missing = data.Missing;
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = missing["MIS_START"];
        ReturnColumn episodeStart = episodes["DECOM"];
        ReturnColumn episodeEnd = episodes["DEC"];
        IReadOnlyDictionary<string, List<int>> byChild = episodes.RowsByChild();
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (start.Date(r) is not { } from || !byChild.TryGetValue(missing.Child[r] ?? "", out List<int>? rows))
            {
                continue;
            }

            if (!rows.Any(e => from >= episodeStart.Date(e) && (episodeEnd.IsBlank(e) || from <= episodeEnd.Date(e))))
            {
                failures.Add(missing, r);
            }
        }
    }
}
