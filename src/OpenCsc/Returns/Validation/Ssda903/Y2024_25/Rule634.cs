namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule634() : Ssda903Rule("634", "There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.", "LA_PERM;PREV_PERM;DATE_PERM;DECOM", "Episodes;PrevPerm")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Previous permanence is returned only for a child whose latest episode starts in the year.
        ReturnTable episodes = data.Episodes;
        ReturnTable prevPerm = data.PrevPerm;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn[] items = [prevPerm["PREV_PERM"], prevPerm["DATE_PERM"], prevPerm["LA_PERM"]];
        IReadOnlyDictionary<string, int> latest = episodes.LastRowByChildOrderedBy("DECOM");
        IReadOnlyDictionary<string, List<int>> byChild = episodes.RowsByChild();
        for (int p = 0; p < prevPerm.RowCount; p++)
        {
            string child = prevPerm.Child[p] ?? "";
            if (items.Any(c => !c.IsBlank(p)) && latest.TryGetValue(child, out int last) && start.Date(last) < data.CollectionStart)
            {
                failures.Add(prevPerm, p);
                failures.AddAll(episodes, byChild[child]);
            }
        }
    }
}
