namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule586() : Ssda903Rule("586", "Dates of missing periods are before child’s date of birth.", "MIS_START", "Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable missing = data.Missing;
        ReturnColumn start = missing["MIS_START"];
        ReturnColumn dob = missing["DOB"];
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (start.Date(r) <= dob.Date(r))
            {
                failures.Add(missing, r);
            }
        }
    }
}
