namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW02STG1() : Ssda903Rule("SW02STG1", "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.", "SW_ID", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn id = episodes["SW_ID"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (id[r] is not { } value || !(value.StartsWith("SW", StringComparison.Ordinal) || value.StartsWith("XX", StringComparison.Ordinal)))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
