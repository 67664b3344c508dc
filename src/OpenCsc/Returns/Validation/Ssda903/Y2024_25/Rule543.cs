namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule543() : Ssda903Rule("543", "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.", "DOB;CONVICTED", "Episodes;OC2")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnColumn convicted = oc2["CONVICTED"];
        ReturnColumn dob = oc2["DOB"];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && data.CollectionEnd > birth.AddYears(10) && continuous.Contains(oc2.Child[r] ?? "") && convicted.IsBlank(r))
            {
                failures.Add(oc2, r);
            }
        }
    }
}
