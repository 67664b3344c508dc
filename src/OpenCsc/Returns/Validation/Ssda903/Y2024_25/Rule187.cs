namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule187() : Ssda903Rule("187", "'Child cannot be looked after continuously for 12 months at ' + '31 March (OC2) and have any of adoption or care leavers returns completed.'", "DATE_INT;DATE_MATCH;FOSTER_CARE;NB_ADOPTR;SEX_ADOPTR;LS_ADOPTR;IN_TOUCH;ACTIV;ACCOM", "OC3;AD1;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc3 = data.Oc3;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn[] careLeaver = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        ReturnColumn[] adoption = [ad1["DATE_INT"], ad1["DATE_MATCH"], ad1["FOSTER_CARE"], ad1["NB_ADOPTR"], ad1["SEX_ADOPTR"], ad1["LS_ADOPTR"]];
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (continuous.Contains(oc3.Child[r] ?? "") && careLeaver.Any(c => !c.IsBlank(r)))
            {
                failures.Add(oc3, r);
            }
        }

        for (int r = 0; r < ad1.RowCount; r++)
        {
            if (continuous.Contains(ad1.Child[r] ?? "") && adoption.Any(c => !c.IsBlank(r)))
            {
                failures.Add(ad1, r);
            }
        }
    }
}
