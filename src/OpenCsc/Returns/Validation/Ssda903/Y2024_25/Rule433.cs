namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule433() : Ssda903Rule("433", "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.", "RNE;DECOM", "Episodes")
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
            if (p >= 0 && reason[r] is "P" or "L" or "T" or "U" or "B" && (start.Date(r) is not { } from || end.Date(p) is not { } to || from != to))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
