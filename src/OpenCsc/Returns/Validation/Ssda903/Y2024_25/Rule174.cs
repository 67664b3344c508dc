namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule174() : Ssda903Rule("174", "Mother's child date of birth is recorded but sex shows that the child is a male.", "SEX;MC_DOB", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn sex = header["SEX"];
        ReturnColumn mcDob = header["MC_DOB"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (sex[r] == "M" && !mcDob.IsBlank(r))
            {
                failures.Add(header, r);
            }
        }
    }
}
