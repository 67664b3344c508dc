namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule635() : Ssda903Rule("635", "There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1", "LA_PERM;DATE_PERM;PREV_PERM", "PrevPerm")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // An LA or a date of the order says there was a previous permanence option, which Z1 (or a blank) denies.
        ReturnTable prevPerm = data.PrevPerm;
        ReturnColumn option = prevPerm["PREV_PERM"];
        ReturnColumn la = prevPerm["LA_PERM"];
        ReturnColumn date = prevPerm["DATE_PERM"];
        for (int r = 0; r < prevPerm.RowCount; r++)
        {
            if ((!la.IsBlank(r) || !date.IsBlank(r)) && option[r] is null or "Z1")
            {
                failures.Add(prevPerm, r);
            }
        }
    }
}
