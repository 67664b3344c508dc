namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1014() : Ssda903Rule("1014", "UASC information is not required for care leavers", "ACTIV;ACCOM;IN_TOUCH;DUC", "Episodes;UASC;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A care leaver (care leaver items given) not looked after in the year (no episode open or ended in it) must have
        // no UASC row. Flagged: the child's UASC rows and OC3 rows.
        ReturnTable episodes = data.Episodes;
        ReturnTable uasc = data.Uasc;
        ReturnTable oc3 = data.Oc3;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn[] items = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        var inYear = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) <= data.CollectionEnd && (end.IsBlank(r) || end.Date(r) >= data.CollectionStart))
            {
                inYear.Add(episodes.Child[r] ?? "");
            }
        }

        IReadOnlyDictionary<string, List<int>> uascRows = uasc.RowsByChild();
        foreach ((string child, List<int> rows) in oc3.RowsByChild())
        {
            if (!inYear.Contains(child) && uascRows.TryGetValue(child, out List<int>? flagged) && rows.Any(r => items.Any(c => !c.IsBlank(r))))
            {
                failures.AddAll(uasc, flagged);
                failures.AddAll(oc3, rows.Where(r => items.Any(c => !c.IsBlank(r))));
            }
        }
    }
}
