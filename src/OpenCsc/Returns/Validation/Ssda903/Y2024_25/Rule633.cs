namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule633() : Ssda903Rule("633", "Local authority code where previous permanence option was arranged is not a valid value.", "LA_PERM", "PrevPerm")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable prevPerm = data.PrevPerm;
        ReturnColumn la = prevPerm["LA_PERM"];
        for (int r = 0; r < prevPerm.RowCount; r++)
        {
            if (la[r] is { } value && !LocalAuthorityCodes.IsValidForPreviousPermanence(value))
            {
                failures.Add(prevPerm, r);
            }
        }
    }
}
