namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule504() : Ssda903Rule("504", "The category of need code differs from that reported at start of current period of being looked after", "CIN", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn need = episodes["CIN"];
        int[] previous = episodes.PreviousByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            int p = previous[r];
            if (p >= 0 && reason[p] == "X1" && end.Date(p) is { } to && start.Date(r) == to && need[r] != need[p])
            {
                failures.Add(episodes, r);
            }
        }
    }
}
