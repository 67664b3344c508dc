namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW07STG2() : Ssda903Rule("SW07STG2", "Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.", "SW_DEC", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The social worker reporting period starts a year before the collection year.
        DateOnly from = data.CollectionStart.AddYears(-1);
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn end = episodes["SW_DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (end.Date(r) is { } date && (date < from || date > data.CollectionEnd))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
