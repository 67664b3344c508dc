namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1011() : Ssda903Rule("1011", "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.", "IN_TOUCH;ACTIV;ACCOM", "Episodes;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The child's latest episode ended with care transferred to another authority (E3).
        ReturnTable oc3 = data.Oc3;
        ReturnTable episodes = data.Episodes;
        ReturnColumn reason = episodes["REC"];
        IReadOnlyDictionary<string, int> latest = episodes.LastRowByChildOrderedBy("DECOM");
        ReturnColumn[] items = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (latest.TryGetValue(oc3.Child[r] ?? "", out int last) && reason[last] == "E3" && items.Any(c => !c.IsBlank(r)))
            {
                failures.Add(oc3, r);
            }
        }
    }
}
