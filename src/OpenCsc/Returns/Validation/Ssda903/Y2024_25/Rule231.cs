namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule231() : Ssda903Rule("231", "We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.", "DOB;UASC_STATUS", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A UASC child under 11 at the end of the year (born after the day 11 years before it). The status is Header's
        // UASC_STATUS where a file has that column (the catalogue's name), else Header's UASC item or the UASC table.
        ReturnTable header = data.Header;
        ReturnColumn dob = header["DOB"];
        ReturnColumn? named = header.Find("UASC_STATUS");
        IReadOnlyDictionary<string, string?>? status = named is null ? data.UascStatus("") : null;
        DateOnly youngest = data.CollectionEnd.AddYears(-11);
        for (int r = 0; r < header.RowCount; r++)
        {
            string? uasc = named is not null ? named[r] : status!.GetValueOrDefault(header.Child[r] ?? "");
            if (uasc == "1" && dob.Date(r) > youngest)
            {
                failures.Add(header, r);
            }
        }
    }
}
