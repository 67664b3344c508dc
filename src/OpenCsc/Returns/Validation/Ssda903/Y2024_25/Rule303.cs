namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule303() : Ssda903Rule("303", "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.", "DUC;UASC", "UASC;Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Needs Header's UASC item, which only the XML form of the return carries.
        ReturnTable uasc = data.Uasc;
        ReturnTable header = data.Header;
        ReturnColumn status = header["UASC"];
        ReturnColumn ceased = uasc["DUC"];
        IReadOnlyDictionary<string, List<int>> uascRows = uasc.RowsByChild();
        for (int h = 0; h < header.RowCount; h++)
        {
            if (ReturnValues.ParseInteger(status[h]) == 1 || !uascRows.TryGetValue(header.Child[h] ?? "", out List<int>? rows))
            {
                continue;
            }

            foreach (int u in rows.Where(u => !ceased.IsBlank(u)))
            {
                failures.Add(uasc, u);
                failures.Add(header, h);
            }
        }
    }
}
