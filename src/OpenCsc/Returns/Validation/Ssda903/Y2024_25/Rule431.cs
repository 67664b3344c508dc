namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule431() : Ssda903Rule("431", "The reason for new episode is started to be looked after, but the previous episode ended on the same day.", "RNE;DECOM", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["RNE"];
        int[] previous = episodes.PreviousByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            int p = previous[r];
            if (p >= 0 && reason[r] == "S" && start.Date(r) <= end.Date(p))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
