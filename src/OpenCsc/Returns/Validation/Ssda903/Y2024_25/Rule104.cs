namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule104() : Ssda903Rule("104", "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.", "DUC", "UASC")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // DUC, when given, is a valid date not before the collection year.
        ReturnTable uasc = data.Uasc;
        ReturnColumn ceased = uasc["DUC"];
        for (int r = 0; r < uasc.RowCount; r++)
        {
            if (!ceased.IsBlank(r) && (ceased.Date(r) is not { } date || date < data.CollectionStart))
            {
                failures.Add(uasc, r);
            }
        }
    }
}
