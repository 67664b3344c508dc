namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule301() : Ssda903Rule("301", "Date of birth falls after the year ended.", "DOB", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn dob = header["DOB"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (dob.Date(r) > data.CollectionEnd)
            {
                failures.Add(header, r);
            }
        }
    }
}
