namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleEPI() : Ssda903Rule("EPI", "WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]", "CHILD", "Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child in Header needs episodes, unless a care leaver (in OC3).
        ReturnTable header = data.Header;
        IReadOnlyDictionary<string, List<int>> episodes = data.Tables.Find("Episodes")?.RowsByChild() ?? new Dictionary<string, List<int>>();
        IReadOnlyDictionary<string, List<int>> careLeavers = data.Tables.Find("OC3")?.RowsByChild() ?? new Dictionary<string, List<int>>();
        ReturnColumn child = header.Child;
        for (int r = 0; r < header.RowCount; r++)
        {
            string id = child[r] ?? "";
            if (!episodes.ContainsKey(id) && !careLeavers.ContainsKey(id))
            {
                failures.Add(header, r);
            }
        }
    }
}
