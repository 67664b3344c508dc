namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule542() : Ssda903Rule("542", "A child aged under 10 at 31 March should not have conviction information completed.", "CONVICTED", "OC2s")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc2 = data.Oc2;
        ReturnColumn convicted = oc2["CONVICTED"];
        ReturnColumn dob = oc2["DOB"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && birth.AddYears(10) > data.CollectionEnd && !convicted.IsBlank(r))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
