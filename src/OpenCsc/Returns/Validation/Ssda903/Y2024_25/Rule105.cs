namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule105() : Ssda903Rule("105", "Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.", "UASC", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The UASC column exists only in the XML form of the return; from CSV tables the rule has nothing to check.
        ReturnTable header = data.Header;
        ReturnColumn uasc = header["UASC"];
        for (int r = 0; r < header.RowCount; r++)
        {
            if (uasc[r] is not ("0" or "1"))
            {
                failures.Add(header, r);
            }
        }
    }
}
