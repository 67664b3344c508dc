namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1010() : Ssda903Rule("1010", "'This child has no episodes loaded for current year even though there was an open episode of ' + 'care at the end of the previous year, and care leaver data has been entered.'", "IN_TOUCH;ACTIV;ACCOM", "Episodes;Episodes_last;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Open at the end of last year, no episodes this year, yet care leaver information.
        ReturnTable oc3 = data.Oc3;
        ReturnTable last = data.Last("Episodes");
        IReadOnlyDictionary<string, List<int>> now = data.Episodes.RowsByChild();
        ReturnColumn lastEnd = last["DEC"];
        IReadOnlyDictionary<string, int> latest = last.LastRowByChildOrderedBy("DECOM");
        for (int r = 0; r < oc3.RowCount; r++)
        {
            string child = oc3.Child[r] ?? "";
            if (!now.ContainsKey(child) && latest.TryGetValue(child, out int e) && lastEnd.IsBlank(e))
            {
                failures.Add(oc3, r);
            }
        }
    }
}
