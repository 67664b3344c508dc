namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule620() : Ssda903Rule("620", "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.", "DOB;MOTHER", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn dob = header["DOB"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (mother[r] == "1" && dob.Date(r) is { } birth && birth.AddYears(11) > data.CollectionStart)
            {
                failures.Add(header, r);
            }
        }
    }
}
