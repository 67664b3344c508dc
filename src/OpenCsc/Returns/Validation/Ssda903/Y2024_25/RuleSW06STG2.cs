namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW06STG2() : Ssda903Rule("SW06STG2", "Social worker episode data should be within the social worker data reporting year.", "SW_DECOM", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn start = episodes["SW_DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) > data.CollectionEnd)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
