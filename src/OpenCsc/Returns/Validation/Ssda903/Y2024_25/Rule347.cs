namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule347() : Ssda903Rule("347", "Care leavers aged under 18 years, can not be accommodated in a Foyer.", "PLACE;DEC;URN", "OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Accommodation in a foyer (T, T1, T2) for a care leaver not yet 18 when the year starts.
        ReturnTable oc3 = data.Oc3;
        ReturnColumn accommodation = oc3["ACCOM"];
        ReturnColumn dob = oc3["DOB"];
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (accommodation[r] is { } code && code.StartsWith('T') && dob.Date(r) is { } birth && data.CollectionStart < birth.AddYears(18))
            {
                failures.Add(oc3, r);
            }
        }
    }
}
