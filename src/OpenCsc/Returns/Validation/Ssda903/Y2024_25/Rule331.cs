namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule331() : Ssda903Rule("331", "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.", "DATE_MATCH;DECOM;REC", "AD1;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The child is matched no later than placed: against the episode that ended in adoption.
        ReturnTable episodes = data.Episodes;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn matched = ad1["DATE_MATCH"];
        IReadOnlyDictionary<string, List<int>> adoptions = ad1.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is "E11" or "E12" && adoptions.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows))
            {
                foreach (int a in rows)
                {
                    if (matched.Date(a) > start.Date(r))
                    {
                        failures.Add(ad1, a);
                        failures.Add(episodes, r);
                    }
                }
            }
        }
    }
}
