namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule702() : Ssda903Rule("702", "The date that the DoLO ended is before the date that it started.", "DOLO_START;DOLO_END", "DoLo")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // As the DfE's tool reads it, an order ending on the day it started also counts.
        ReturnTable dolo = data.DoLo;
        ReturnColumn start = dolo["DOLO_START"];
        ReturnColumn end = dolo["DOLO_END"];
        for (int r = 0; r < dolo.RowCount; r++)
        {
            if (end.Date(r) <= start.Date(r))
            {
                failures.Add(dolo, r);
            }
        }
    }
}
