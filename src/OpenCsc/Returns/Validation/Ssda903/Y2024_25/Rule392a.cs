namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule392a() : Ssda903Rule("392a", "Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]", "PL_DISTANCE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        IReadOnlySet<string> uasc = data.UascChildren;
        ReturnColumn status = episodes["LS"];
        ReturnColumn distance = episodes["PL_DISTANCE"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] is not ("V3" or "V4") && distance.IsBlank(r) && !uasc.Contains(child[r] ?? ""))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
