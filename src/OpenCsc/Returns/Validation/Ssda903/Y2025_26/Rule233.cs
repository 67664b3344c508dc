namespace OpenCsc.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule233() : Ssda903Rule("233", "Reason for placement change is not required when the episode has not ceased.", "REASON_PLACE_CHANGE;REASON_PLACE_CHANGE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The DfE's tool reads a DATE_EPISODE_CEASED column that no return has; the episode's end date is DEC.
        ReturnTable episodes = data.Episodes;
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REASON_PLACE_CHANGE"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (end.IsBlank(r) && !reason.IsBlank(r))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
