namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1012() : Ssda903Rule("1012", "No other data should be returned for OC3 children who had no episodes in the current year", "CHILD", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Only care leaver information (OC3) is returned for a child without episodes this year.
        IReadOnlyDictionary<string, List<int>> episodes = data.Episodes.RowsByChild();
        foreach (string name in new[] { "PlacedAdoption", "Missing", "Reviews", "AD1", "PrevPerm", "OC2" })
        {
            if (data.Tables.Find(name) is not { } table)
            {
                continue;
            }

            ReturnColumn child = table.Child;
            for (int r = 0; r < table.RowCount; r++)
            {
                if (!episodes.ContainsKey(child[r] ?? ""))
                {
                    failures.Add(table, r);
                }
            }
        }
    }
}
