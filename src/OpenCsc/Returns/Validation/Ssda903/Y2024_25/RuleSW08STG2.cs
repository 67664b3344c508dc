namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW08STG2() : Ssda903Rule("SW08STG2", "A new social worker episode has started, but the previous episode has not ended.", "SW_DEC", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn start = episodes["SW_DECOM"];
        ReturnColumn end = episodes["SW_DEC"];
        int[] next = episodes.NextByChild("SW_DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (next[r] >= 0 && start.Date(r) is not null && end.IsBlank(r))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
