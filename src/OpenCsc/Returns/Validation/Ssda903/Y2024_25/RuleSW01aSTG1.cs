namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW01aSTG1() : Ssda903Rule("SW01aSTG1", "For each social worker episode, information should be complete", "SW_DECOM;SW_ID", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        var collected = new DateOnly(2023, 4, 1);
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn id = episodes["SW_ID"];
        ReturnColumn start = episodes["SW_DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) is not { } from || (from < collected && id.IsBlank(r)))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
