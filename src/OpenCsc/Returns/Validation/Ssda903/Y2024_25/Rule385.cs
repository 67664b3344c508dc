namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule385() : Ssda903Rule("385", "Date episode ceased must be on or before the end of the current collection year.", "DEC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn end = episodes["DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (end.Date(r) > data.CollectionEnd)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
