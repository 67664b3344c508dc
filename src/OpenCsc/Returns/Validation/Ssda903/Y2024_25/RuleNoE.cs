namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleNoE() : Ssda903Rule("NoE", "This child has no episodes loaded for previous year even though child started to be looked after before this current year.", "DECOM", "Episodes;Episodes_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Every episode starting before the year belongs to a child who has episodes in last year's return.
        ReturnTable episodes = data.Episodes;
        IReadOnlyDictionary<string, List<int>> lastChildren = data.Last("Episodes").RowsByChild();
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) < data.CollectionStart && !lastChildren.ContainsKey(child[r] ?? ""))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
