namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule304() : Ssda903Rule("304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.", "DUC", "UASC")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable uasc = data.Uasc;
        ReturnColumn ceased = uasc["DUC"];
        ReturnColumn dob = uasc["DOB"];
        for (int r = 0; r < uasc.RowCount; r++)
        {
            if (ceased.Date(r) is { } date && dob.Date(r) is { } birth && date > birth.AddYears(18))
            {
                failures.Add(uasc, r);
            }
        }
    }
}
