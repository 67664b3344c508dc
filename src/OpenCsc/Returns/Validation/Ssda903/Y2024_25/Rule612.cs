namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule612() : Ssda903Rule("612", "Date of birth field has been completed but mother field indicates child is not a mother.", "SEX;MOTHER;MC_DOB", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn sex = header["SEX"];
        ReturnColumn mcDob = header["MC_DOB"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (mother[r] is null or "0" && sex[r] == "F" && !mcDob.IsBlank(r))
            {
                failures.Add(header, r);
            }
        }
    }
}
