namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule354() : Ssda903Rule("354", "Date episode ceased must be on or before the end of the current collection year.", "DECOM", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) > data.CollectionEnd)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
