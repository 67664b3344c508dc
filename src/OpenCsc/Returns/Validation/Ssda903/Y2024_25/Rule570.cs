namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule570() : Ssda903Rule("570", "The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.", "MIS_START", "Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable missing = data.Missing;
        ReturnColumn start = missing["MIS_START"];
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (start.Date(r) > data.CollectionEnd)
            {
                failures.Add(missing, r);
            }
        }
    }
}
