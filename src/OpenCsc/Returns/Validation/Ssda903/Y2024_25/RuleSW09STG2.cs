namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW09STG2() : Ssda903Rule("SW09STG2", "Social worker episode appears to have lasted for less than 24 hours.", "SW_DECOM;SW_DEC", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn start = episodes["SW_DECOM"];
        ReturnColumn end = episodes["SW_DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start[r] is { } value && (end[r] == value || (start.Date(r) is { } date && end.Date(r) == date)))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
