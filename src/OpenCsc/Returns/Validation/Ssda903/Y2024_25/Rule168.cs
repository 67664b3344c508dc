namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule168() : Ssda903Rule("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.", "UPN", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnColumn upn = header["UPN"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (upn[r] is { } value && !ReturnValues.IsUpn(value))
            {
                failures.Add(header, r);
            }
        }
    }
}
