namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule501() : Ssda903Rule("501", "A new episode has started before the end date of the previous episode.", "DECOM;DEC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        int[] previous = episodes.PreviousByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            int p = previous[r];
            if (p >= 0 && start.Date(r) < end.Date(p))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
