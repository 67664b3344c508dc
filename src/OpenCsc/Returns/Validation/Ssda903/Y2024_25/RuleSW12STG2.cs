namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW12STG2() : Ssda903Rule("SW12STG2", "If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after", "SW_DECOM", "SWEpisodes;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // An episode (not respite, V3/V4) open or ended since a year before the collection year began, that starts a
        // period of care (RNE S) or ends one (REC other than X1), needs a social worker episode: one starting on or after
        // its start when it starts care, or on or before its end when it ends care; an open episode that did not start
        // care needs one of any date.
        ReturnTable episodes = data.Episodes;
        ReturnTable social = data.SwEpisodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reasonNew = episodes["RNE"];
        ReturnColumn reasonCeased = episodes["REC"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn socialStart = social["SW_DECOM"];
        var earliest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var latest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        for (int r = 0; r < social.RowCount; r++)
        {
            if (socialStart.Date(r) is { } from)
            {
                string child = social.Child[r] ?? "";
                earliest[child] = earliest.TryGetValue(child, out DateOnly e) && e < from ? e : from;
                latest[child] = latest.TryGetValue(child, out DateOnly l) && l > from ? l : from;
            }
        }

        DateOnly since = data.CollectionStart.AddYears(-1);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            DateOnly? to = end.Date(r);
            bool recent = end.IsBlank(r) || (to >= since && to <= data.CollectionEnd);
            bool startsCare = reasonNew[r] == "S";
            bool endsCare = reasonCeased[r] != "X1";
            if (!recent || status[r] is "V3" or "V4" || !(startsCare || endsCare))
            {
                continue;
            }

            string child = episodes.Child[r] ?? "";
            // An open episode that did not start care (a change of placement or legal status still going on) ends
            // nothing yet: any social worker episode of the child's covers it.
            bool coversEnd = endsCare && (to is { } ceased
                ? earliest.TryGetValue(child, out DateOnly first) && first <= ceased
                : !startsCare && earliest.ContainsKey(child));
            bool coversStart = startsCare && start.Date(r) is { } began && latest.TryGetValue(child, out DateOnly newest) && newest >= began;
            if (!coversEnd && !coversStart)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
