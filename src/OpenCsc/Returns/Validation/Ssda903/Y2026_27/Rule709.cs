namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule709() : Ssda903Rule("709", "Child with a DoLO is in an unexpected placement type.", "DOLO_START;PLACEMENT", "DoLo;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The DfE's tool reads a PLACEMENT column that no return has; the placement type is PLACE.
        CheckOverlaps(data, failures, place => place is not ("K2" or "Z12" or "Z13"));
    }

    internal static void CheckOverlaps(Ssda903Data data, RuleFailures failures, Func<string?, bool> wrong)
    {
        ReturnTable dolo = data.DoLo;
        ReturnTable episodes = data.Episodes;
        ReturnColumn doloStart = dolo["DOLO_START"];
        ReturnColumn doloEnd = dolo["DOLO_END"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn place = episodes["PLACE"];
        IReadOnlyDictionary<string, List<int>> byChild = episodes.RowsByChild();
        for (int d = 0; d < dolo.RowCount; d++)
        {
            if (doloStart.Date(d) is not { } from || doloEnd.Date(d) is not { } to || !byChild.TryGetValue(dolo.Child[d] ?? "", out List<int>? rows))
            {
                continue;
            }

            foreach (int e in rows)
            {
                bool overlaps = (end.IsBlank(e) || from <= end.Date(e)) && to >= start.Date(e);
                if (overlaps && wrong(place[e]))
                {
                    failures.Add(dolo, d);
                    failures.Add(episodes, e);
                }
            }
        }
    }
}
