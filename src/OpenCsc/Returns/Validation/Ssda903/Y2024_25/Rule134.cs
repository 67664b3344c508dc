namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule134() : Ssda903Rule("134", "Data on adoption should not be entered for the OC3 cohort.", "IN_TOUCH;ACTIV;ACCOM;DATE_INT;DATE_MATCH;FOSTER_CARE;NB_ADOPTR;SEX_ADOPTR;LS_ADOPTR", "OC3;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc3 = data.Oc3;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn[] careLeaver = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        ReturnColumn[] adoption = [ad1["DATE_INT"], ad1["DATE_MATCH"], ad1["FOSTER_CARE"], ad1["NB_ADOPTR"], ad1["SEX_ADOPTR"], ad1["LS_ADOPTR"]];
        var withCareLeaverData = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (careLeaver.Any(c => !c.IsBlank(r)) && oc3.Child[r] is { } child)
            {
                withCareLeaverData.Add(child);
            }
        }

        for (int r = 0; r < ad1.RowCount; r++)
        {
            if (withCareLeaverData.Contains(ad1.Child[r] ?? "") && adoption.Any(c => !c.IsBlank(r)))
            {
                failures.Add(ad1, r);
            }
        }
    }
}
