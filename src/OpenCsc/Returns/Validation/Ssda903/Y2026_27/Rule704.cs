namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule704() : Ssda903Rule("704", "The date that the DoLO ended is before the start or after the end of the collection year.", "DOLO_END", "DoLo")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable dolo = data.DoLo;
        ReturnColumn end = dolo["DOLO_END"];
        for (int r = 0; r < dolo.RowCount; r++)
        {
            if (end.Date(r) is { } date && (date < data.CollectionStart || date > data.CollectionEnd))
            {
                failures.Add(dolo, r);
            }
        }
    }
}
