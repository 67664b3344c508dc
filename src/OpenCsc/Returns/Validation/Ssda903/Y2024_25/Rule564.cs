namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule564() : Ssda903Rule("564", "Child was missing or away from placement without authorisation and the date started is blank.", "MISSING;MIS_START", "Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable missing = data.Missing;
        ReturnColumn type = missing["MISSING"];
        ReturnColumn start = missing["MIS_START"];
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (type[r] is "M" or "A" && start.IsBlank(r))
            {
                failures.Add(missing, r);
            }
        }
    }
}
