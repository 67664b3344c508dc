namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule391() : Ssda903Rule("391", "Young person was not 17, 18, 19, 20 or 21 during the current collection year.", "DOB;IN_TOUCH;ACTIV;ACCOM", "OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Care leaver information is for young people 17 or over by the end of the year.
        ReturnTable oc3 = data.Oc3;
        ReturnColumn dob = oc3["DOB"];
        ReturnColumn[] items = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && birth.AddYears(17) > data.CollectionEnd && items.Any(c => !c.IsBlank(r)))
            {
                failures.Add(oc3, r);
            }
        }
    }
}
