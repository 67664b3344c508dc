namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule335() : Ssda903Rule("335", "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.", "PLACE;FOSTER_CARE", "Episodes;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Adopted by current foster carers (1) fits A3/A5; by others (0) fits A4/A6.
        ReturnTable episodes = data.Episodes;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn reason = episodes["REC"];
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn foster = ad1["FOSTER_CARE"];
        IReadOnlyDictionary<string, List<int>> adoptions = ad1.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is not ("E1" or "E11" or "E12") || !adoptions.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows))
            {
                continue;
            }

            foreach (int a in rows)
            {
                if ((place[r] is "A2" or "A3" or "A5" && foster[a] == "0") || (place[r] is "A1" or "A4" or "A6" && foster[a] == "1"))
                {
                    failures.Add(episodes, r);
                    failures.Add(ad1, a);
                }
            }
        }
    }
}
