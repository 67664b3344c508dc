namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule562() : Ssda903Rule("562", "Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.", "DECOM", "Episodes;Episodes_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child's first episode of this return that began before the year must be in last year's return.
        ReturnTable episodes = data.Episodes;
        ReturnTable last = data.Last("Episodes");
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn lastStart = last["DECOM"];
        var lastKeys = new HashSet<(string, DateOnly)>();
        ReturnColumn lastChild = last.Child;
        for (int r = 0; r < last.RowCount; r++)
        {
            if (lastStart.Date(r) is { } date)
            {
                lastKeys.Add((lastChild[r] ?? "", date));
            }
        }

        foreach ((string child, int first) in episodes.FirstRowByChildOrderedBy("DECOM"))
        {
            if (start.Date(first) is { } from && from < data.CollectionStart && !lastKeys.Contains((child, from)))
            {
                failures.Add(episodes, first);
            }
        }
    }
}
