namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1002() : Ssda903Rule("1002", "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]", "IN_TOUCH;ACTIV;ACCOM", "Episodes;OC3;Episodes_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc3 = data.Oc3;
        IReadOnlyDictionary<string, List<int>> now = data.Episodes.RowsByChild();
        IReadOnlyDictionary<string, List<int>> before = data.Last("Episodes").RowsByChild();
        for (int r = 0; r < oc3.RowCount; r++)
        {
            string child = oc3.Child[r] ?? "";
            if (!now.ContainsKey(child) && !before.ContainsKey(child))
            {
                failures.Add(oc3, r);
            }
        }
    }
}
