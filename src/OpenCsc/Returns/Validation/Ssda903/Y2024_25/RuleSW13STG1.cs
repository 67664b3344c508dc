namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW13STG1() : Ssda903Rule("SW13STG1", "The reason for social worker change is not valid.", "SW_REASON", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The reason is collected for episodes starting from 1 April 2023, when social worker episodes were added.
        var collected = new DateOnly(2023, 4, 1);
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn reason = episodes["SW_REASON"];
        ReturnColumn start = episodes["SW_DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is { } value ? !Ssda903Codes.SocialWorkerReason.IsCode(value) : start.Date(r) >= collected)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
