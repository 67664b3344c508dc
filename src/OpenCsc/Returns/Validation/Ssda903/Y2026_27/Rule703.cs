namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule703() : Ssda903Rule("703", "The date that the DoLO started is after the end of the collection year.", "DOLO_START", "DoLo")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable dolo = data.DoLo;
        ReturnColumn start = dolo["DOLO_START"];
        for (int r = 0; r < dolo.RowCount; r++)
        {
            if (start.Date(r) > data.CollectionEnd)
            {
                failures.Add(dolo, r);
            }
        }
    }
}
