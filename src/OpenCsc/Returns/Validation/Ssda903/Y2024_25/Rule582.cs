namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule582() : Ssda903Rule("582", "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.", "DEC;DATE_MATCH", "Episodes;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn reason = episodes["REC"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn matched = ad1["DATE_MATCH"];
        IReadOnlyDictionary<string, List<int>> adoptions = ad1.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is "E11" or "E12" && end.Date(r) is { } adopted && adoptions.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows)
                && rows.Any(a => matched.Date(a) == adopted))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
