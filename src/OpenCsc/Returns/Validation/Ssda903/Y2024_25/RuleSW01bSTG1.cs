namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW01bSTG1() : Ssda903Rule("SW01bSTG1", "For each social worker episode, information should be complete", "SW_DECOM;SW_ID;SW_REASON", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        var collected = new DateOnly(2023, 4, 1);
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn id = episodes["SW_ID"];
        ReturnColumn reason = episodes["SW_REASON"];
        ReturnColumn start = episodes["SW_DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) is not { } from || (from >= collected && (id.IsBlank(r) || reason.IsBlank(r))))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
