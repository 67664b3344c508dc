namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule708() : Ssda903Rule("708", "Dates of DoLOs are before child’s date of birth.", "DOLO_START", "DoLo")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable dolo = data.DoLo;
        ReturnColumn start = dolo["DOLO_START"];
        ReturnColumn dob = dolo["DOB"];
        for (int r = 0; r < dolo.RowCount; r++)
        {
            if (start.Date(r) <= dob.Date(r))
            {
                failures.Add(dolo, r);
            }
        }
    }
}
