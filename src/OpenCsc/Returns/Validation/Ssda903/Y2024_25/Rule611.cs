namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule611() : Ssda903Rule("611", "Date of birth field is blank, but child is a mother.", "MOTHER;MC_DOB", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn mcDob = header["MC_DOB"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (mother[r] == "1" && mcDob.IsBlank(r))
            {
                failures.Add(header, r);
            }
        }
    }
}
