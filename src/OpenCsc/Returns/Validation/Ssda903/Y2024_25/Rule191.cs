namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule191() : Ssda903Rule("191", "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.", "IMMUNISATIONS;TEETH_CHECK;HEALTH_ASSESSMENT;SUBSTANCE_MISUSE;CHILD", "OC2;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The OC2 items must be completed for a child looked after 12 months, and such a child must have an OC2 row.
        IReadOnlySet<string> continuous = data.ContinuouslyLookedAfter;
        ReturnTable oc2 = data.Oc2;
        ReturnTable episodes = data.Episodes;
        ReturnColumn[] required = [oc2["IMMUNISATIONS"], oc2["TEETH_CHECK"], oc2["HEALTH_ASSESSMENT"], oc2["SUBSTANCE_MISUSE"]];
        for (int r = 0; r < oc2.RowCount; r++)
        {
            if (continuous.Contains(oc2.Child[r] ?? "") && required.Any(c => c.IsBlank(r)))
            {
                failures.Add(oc2, r);
            }
        }

        IReadOnlyDictionary<string, List<int>> inOc2 = oc2.RowsByChild();
        foreach ((string child, int first) in episodes.FirstRowByChildOrderedBy("DECOM"))
        {
            if (continuous.Contains(child) && !inOc2.ContainsKey(child))
            {
                failures.Add(episodes, first);
            }
        }
    }
}
