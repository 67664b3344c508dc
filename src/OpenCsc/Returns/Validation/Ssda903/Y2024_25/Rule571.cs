namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule571() : Ssda903Rule("571", "The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.", "MIS_END", "Missing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable missing = data.Missing;
        ReturnColumn end = missing["MIS_END"];
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (end.Date(r) is { } date && (date < data.CollectionStart || date > data.CollectionEnd))
            {
                failures.Add(missing, r);
            }
        }
    }
}
