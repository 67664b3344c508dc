namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule388() : Ssda903Rule("388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.", "REC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // X1 (episode ends, care continues) exactly when the next episode starts the day this one ends.
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        int[] next = episodes.NextByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            DateOnly? ceased = end.Date(r);
            if (ceased is null)
            {
                continue;
            }

            int n = next[r];
            DateOnly? following = n >= 0 ? start.Date(n) : null;
            bool continues = following is not null && following == ceased;
            bool flagged = n >= 0 && following is not null
                ? (reason[r] == "X1" && !continues) || (reason[r] is { } code && code != "X1" && continues)
                : n < 0 && reason[r] == "X1";
            if (flagged)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
