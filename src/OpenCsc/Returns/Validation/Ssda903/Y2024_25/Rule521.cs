namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule521() : Ssda903Rule("521", "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.", "PLACE;DECOM;DATE_INT", "Episodes;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn decided = ad1["DATE_INT"];
        IReadOnlyDictionary<string, List<int>> adoptions = ad1.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (place[r] is not ("A3" or "A4" or "A5" or "A6") || !adoptions.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows))
            {
                continue;
            }

            foreach (int a in rows.Where(a => decided.Date(a) > start.Date(r)))
            {
                failures.Add(episodes, r);
                failures.Add(ad1, a);
            }
        }
    }
}
