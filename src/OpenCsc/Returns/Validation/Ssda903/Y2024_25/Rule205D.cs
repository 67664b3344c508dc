namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule205D() : Ssda903Rule("205D", "Child identified as UASC this year but not identified as UASC status provided for the child last year.", "UASC;CHILD", "UASC;UASC_last;Header;Header_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child in both years' returns, UASC this year and not last year. Flagged: the child's Header row where this
        // year's status comes from Header, else the child's UASC rows.
        IReadOnlyDictionary<string, string?> status = data.UascStatus("");
        IReadOnlyDictionary<string, string?> lastStatus = data.UascStatus("_last");
        ReturnTable rows = data.Tables.Find("Header")?.Find("UASC") is not null ? data.Header : data.Uasc;
        for (int r = 0; r < rows.RowCount; r++)
        {
            string child = rows.Child[r] ?? "";
            if (status.GetValueOrDefault(child) == "1" && lastStatus.TryGetValue(child, out string? before) && before != "1")
            {
                failures.Add(rows, r);
            }
        }
    }
}
