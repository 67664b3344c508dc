namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule365() : Ssda903Rule("365", "Any individual short- term respite placement must not exceed 17 days.", "LS;DECOM;DEC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] == "V3" && start.Date(r) is { } from && (end.Date(r) ?? data.CollectionEnd).DayNumber - from.DayNumber > 17)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
