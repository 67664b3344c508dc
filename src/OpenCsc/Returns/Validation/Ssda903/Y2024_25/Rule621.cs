namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule621() : Ssda903Rule("621", "Mother’s field has been completed but date of birth shows that the mother is younger than her child.", "DOB;MC_DOB", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn dob = header["DOB"];
        ReturnColumn mcDob = header["MC_DOB"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (mcDob.Date(r) is { } childBirth && dob.Date(r) is { } birth && childBirth <= birth)
            {
                failures.Add(header, r);
            }
        }
    }
}
