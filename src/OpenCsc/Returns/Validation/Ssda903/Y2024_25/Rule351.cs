namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule351() : Ssda903Rule("351", "Child was over 25 at the start of the current collection year.", "DOB", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn dob = header["DOB"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (dob.Date(r) is { } birth && birth.AddYears(25) < data.CollectionStart)
            {
                failures.Add(header, r);
            }
        }
    }
}
