namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule153() : Ssda903Rule("153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.", "IN_TOUCH;ACTIV;ACCOM", "OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc3 = data.Oc3;
        ReturnColumn[] items = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        for (int r = 0; r < oc3.RowCount; r++)
        {
            int blank = items.Count(c => c.IsBlank(r));
            if (blank is 1 or 2)
            {
                failures.Add(oc3, r);
            }
        }
    }
}
