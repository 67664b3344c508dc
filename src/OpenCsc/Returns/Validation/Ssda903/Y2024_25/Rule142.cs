namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule142() : Ssda903Rule("142", "A new episode has started, but the previous episode has not ended.", "DEC;REC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Every episode but a child's latest must have ended, with a date and a reason.
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        int[] next = episodes.NextByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (next[r] >= 0 && start.Date(r) is not null && (end.IsBlank(r) || reason.IsBlank(r)))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
