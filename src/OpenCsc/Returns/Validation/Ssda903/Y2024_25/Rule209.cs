namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule209() : Ssda903Rule("209", "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.", "UPN;DOB", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // School age: 4 or over on 31 August before the collection year starts.
        ReturnTable header = data.Header;
        var reference = new DateOnly(data.CollectionStart.Year - 1, 8, 31);
        ReturnColumn upn = header["UPN"];
        ReturnColumn dob = header["DOB"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (upn[r] == "UN1" && dob.Date(r) is { } birth && birth.AddYears(4) <= reference)
            {
                failures.Add(header, r);
            }
        }
    }
}
