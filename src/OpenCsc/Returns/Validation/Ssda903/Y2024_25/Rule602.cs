namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule602() : Ssda903Rule("602", "The episode data submitted for this child does not show that he/she was adopted during the year.", "CHILD", "Episodes;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] items = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];
        ReturnTable episodes = data.Episodes;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn[] columns = [.. items.Select(c => ad1[c])];
        var adopted = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is "E11" or "E12" && end.Date(r) is { } date && date >= data.CollectionStart && date <= data.CollectionEnd && episodes.Child[r] is { } child)
            {
                adopted.Add(child);
            }
        }

        for (int a = 0; a < ad1.RowCount; a++)
        {
            if (!adopted.Contains(ad1.Child[a] ?? "") && columns.Any(c => !c.IsBlank(a)))
            {
                failures.Add(ad1, a);
            }
        }
    }
}
