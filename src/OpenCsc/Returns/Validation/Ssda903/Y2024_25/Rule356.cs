namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule356() : Ssda903Rule("356", "The date the episode ceased is before the date the same episode started.", "DECOM", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (end.Date(r) < start.Date(r))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
