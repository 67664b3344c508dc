namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule392b() : Ssda903Rule("392b", "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]", "HOME_POST;PL_POST", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        IReadOnlySet<string> uasc = data.UascChildren;
        ReturnColumn status = episodes["LS"];
        ReturnColumn home = episodes["HOME_POST"];
        ReturnColumn placement = episodes["PL_POST"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] is not ("V3" or "V4") && (home.IsBlank(r) || placement.IsBlank(r)) && !uasc.Contains(child[r] ?? ""))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
