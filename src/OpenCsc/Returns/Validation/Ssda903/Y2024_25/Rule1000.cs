namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1000() : Ssda903Rule("1000", "This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]", "IN_TOUCH;ACTIV;ACCOM", "Episodes;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Died in care (E2) this year, or last year when last year's return is loaded.
        ReturnTable oc3 = data.Oc3;
        var died = new HashSet<string>(StringComparer.Ordinal);
        foreach (ReturnTable episodes in new[] { data.Episodes, data.Tables.Find("Episodes_last") }.OfType<ReturnTable>())
        {
            ReturnColumn reason = episodes["REC"];
            for (int r = 0; r < episodes.RowCount; r++)
            {
                if (string.Equals(reason[r], "E2", StringComparison.OrdinalIgnoreCase) && episodes.Child[r] is { } child)
                {
                    died.Add(child);
                }
            }
        }

        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (died.Contains(oc3.Child[r] ?? ""))
            {
                failures.Add(oc3, r);
            }
        }
    }
}
