namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule706() : Ssda903Rule("706", "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..", "DOLO_START", "DoLo;DOLO_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A DoLO open at the end of last year (no end) must be in this year's return with the same start; the open DoLO
        // of last year's return is flagged.
        ReturnTable dolo = data.DoLo;
        ReturnTable last = data.Last("DoLo");
        ReturnColumn start = dolo["DOLO_START"];
        ReturnColumn lastStart = last["DOLO_START"];
        ReturnColumn lastEnd = last["DOLO_END"];
        var now = new HashSet<(string, string)>();
        for (int r = 0; r < dolo.RowCount; r++)
        {
            now.Add((dolo.Child[r] ?? "", Key(start, r)));
        }

        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastEnd.IsBlank(r) && !now.Contains((last.Child[r] ?? "", Key(lastStart, r))))
            {
                failures.Add(last, r);
            }
        }
    }

    private static string Key(ReturnColumn column, int row) => column.Date(row) is { } date ? ReturnValues.Format(date) : column[row] ?? "";
}
