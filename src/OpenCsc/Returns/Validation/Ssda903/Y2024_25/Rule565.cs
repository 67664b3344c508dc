namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule565() : Ssda903Rule("565", "The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.", "MISSING;MIS_START", "Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable missing = data.Missing;
        ReturnColumn type = missing["MISSING"];
        ReturnColumn start = missing["MIS_START"];
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (type.IsBlank(r) && !start.IsBlank(r))
            {
                failures.Add(missing, r);
            }
        }
    }
}
