namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule151() : Ssda903Rule("151", "All data items relating to a childs adoption must be coded or left blank.", "DATE_INT;DATE_MATCH;FOSTER_CARE;NB_ADOPTER;SEX_ADOPTR;LS_ADOPTR", "AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable ad1 = data.Ad1;
        ReturnColumn[] items = [ad1["DATE_INT"], ad1["DATE_MATCH"], ad1["FOSTER_CARE"], ad1["NB_ADOPTR"], ad1["SEX_ADOPTR"], ad1["LS_ADOPTR"]];
        for (int r = 0; r < ad1.RowCount; r++)
        {
            int blank = items.Count(c => c.IsBlank(r));
            if (blank > 0 && blank < items.Length)
            {
                failures.Add(ad1, r);
            }
        }
    }
}
