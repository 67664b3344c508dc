namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule442() : Ssda903Rule("442", "Unique Pupil Number (UPN) field is not completed.", "UPN", "Episodes;Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnTable episodes = data.Episodes;
        ReturnColumn upn = header["UPN"];
        ReturnColumn status = episodes["LS"];
        var lookedAfter = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] is not ("V3" or "V4") && episodes.Child[r] is { } child)
            {
                lookedAfter.Add(child);
            }
        }

        for (int r = 0; r < header.RowCount; r++)
        {
            if (upn.IsBlank(r) && lookedAfter.Contains(header.Child[r] ?? ""))
            {
                failures.Add(header, r);
            }
        }
    }
}
