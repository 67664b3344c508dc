namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule567() : Ssda903Rule("567", "The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.", "MIS_START;MIS_END", "Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable missing = data.Missing;
        ReturnColumn start = missing["MIS_START"];
        ReturnColumn end = missing["MIS_END"];
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (start.Date(r) > end.Date(r))
            {
                failures.Add(missing, r);
            }
        }
    }
}
