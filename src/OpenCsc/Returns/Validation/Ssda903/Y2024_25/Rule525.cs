namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule525() : Ssda903Rule("525", "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.", "DATE_PLACED_CEASED;DATE_INT;DATE_MATCH;FOSTER_CARE;NB_ADOPTR;SEX_ADOPTR;LS_ADOPTR", "PlacedAdoption;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] items = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];
        ReturnTable placed = data.PlacedAdoption;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn ceased = placed["DATE_PLACED_CEASED"];
        ReturnColumn[] columns = [.. items.Select(c => ad1[c])];
        IReadOnlyDictionary<string, List<int>> adoptions = ad1.RowsByChild();
        for (int p = 0; p < placed.RowCount; p++)
        {
            if (ceased.IsBlank(p) || !adoptions.TryGetValue(placed.Child[p] ?? "", out List<int>? rows))
            {
                continue;
            }

            foreach (int a in rows.Where(a => columns.Any(c => !c.IsBlank(a))))
            {
                failures.Add(placed, p);
                failures.Add(ad1, a);
            }
        }
    }
}
