namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule355() : Ssda903Rule("355", "Episode appears to have lasted for less than 24 hours", "DECOM;DEC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start[r] is { } value && start.Date(r) is { } date && (end[r] == value || end.Date(r) == date))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
