namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule406() : Ssda903Rule("406", "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]", "PL_DISTANCE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        IReadOnlySet<string> uasc = data.UascChildren;
        ReturnColumn distance = episodes["PL_DISTANCE"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (!distance.IsBlank(r) && uasc.Contains(child[r] ?? ""))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
