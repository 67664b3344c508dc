namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule437() : Ssda903Rule("437", "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.", "REC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["REC"];
        int[] next = episodes.NextByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is "E2" or "E15" && next[r] >= 0 && start.Date(r) is not null)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
