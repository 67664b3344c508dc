namespace OpenCsc.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule444() : Ssda903Rule("444", "Duplicate UPN has been reported", "UPN", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A UPN other than the unknown codes must be unique within the return.
        ReturnTable header = data.Header;
        ReturnColumn upn = header["UPN"];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < header.RowCount; r++)
        {
            if (upn[r] is { } value && !value.StartsWith("UN", StringComparison.Ordinal))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        for (int r = 0; r < header.RowCount; r++)
        {
            if (upn[r] is { } value && counts.GetValueOrDefault(value) > 1)
            {
                failures.Add(header, r);
            }
        }
    }
}
