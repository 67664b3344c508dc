namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule601() : Ssda903Rule("601", "The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.", "REC;DATE_INT;DATE_MATCH;FOSTER_CARE;NB_ADOPTR;SEX_ADOPTR;LS_ADOPTR", "Episodes;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] items = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];
        ReturnTable episodes = data.Episodes;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn[] columns = [.. items.Select(c => ad1[c])];
        IReadOnlyDictionary<string, List<int>> adoptions = ad1.RowsByChild();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is not ("E11" or "E12") || !(end.Date(r) is { } date && date >= data.CollectionStart && date <= data.CollectionEnd)
                || !adoptions.TryGetValue(episodes.Child[r] ?? "", out List<int>? rows))
            {
                continue;
            }

            foreach (int a in rows.Where(a => columns.Any(c => c.IsBlank(a))))
            {
                failures.Add(ad1, a);
                failures.Add(episodes, r);
            }
        }
    }
}
