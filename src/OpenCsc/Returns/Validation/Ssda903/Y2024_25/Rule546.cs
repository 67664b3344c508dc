namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule546() : Ssda903Rule("546", "Children aged 5 or over at 31 March should not have health promotion information completed.", "DOB;HEALTH_CHECK", "Episodes;OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn check = oc2["HEALTH_CHECK"];
        ReturnColumn dob = oc2["DOB"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && data.CollectionEnd >= birth.AddYears(5) && continuous.Contains(oc2.Child[r] ?? "") && !check.IsBlank(r))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
