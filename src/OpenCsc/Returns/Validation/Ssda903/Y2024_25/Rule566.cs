namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule566() : Ssda903Rule("566", "'The date that the child' + chr(39) + 's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.'", "MISSING;MIS_END", "Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable missing = data.Missing;
        ReturnColumn type = missing["MISSING"];
        ReturnColumn end = missing["MIS_END"];
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (type.IsBlank(r) && !end.IsBlank(r))
            {
                failures.Add(missing, r);
            }
        }
    }
}
