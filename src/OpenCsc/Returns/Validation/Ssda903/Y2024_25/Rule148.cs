namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule148() : Ssda903Rule("148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.", "DEC;REC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (end.IsBlank(r) != reason.IsBlank(r))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
