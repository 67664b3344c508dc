namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule432() : Ssda903Rule("432", "'The child ceased to be looked after at the end of the previous episode but the reason for ' + 'the new episode is not started to be looked after.'", "RNE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // After an episode that ended care (any reason but X1), the next episode starts a new period (S).
        ReturnTable episodes = data.Episodes;
        ReturnColumn reasonCeased = episodes["REC"];
        ReturnColumn reasonNew = episodes["RNE"];
        int[] previous = episodes.PreviousByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            int p = previous[r];
            if (p >= 0 && reasonCeased[p] is { } code && code != "X1" && Ssda903Codes.ReasonEpisodeCeased.IsCode(code) && reasonNew[r] != "S")
            {
                failures.Add(episodes, r);
            }
        }
    }
}
