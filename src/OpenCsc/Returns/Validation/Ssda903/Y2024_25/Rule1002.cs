namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1002() : Ssda903Rule("1002", "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]", "IN_TOUCH;ACTIV;ACCOM", "Episodes;OC3;Episodes_last")
{
    /// <summary>Optional: episodes from returns before last year's (a CHILD column is enough).</summary>
    public const string EarlierEpisodes = "Episodes_earlier";

    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable oc3 = data.Oc3;
        IReadOnlyDictionary<string, List<int>> now = data.Episodes.RowsByChild();
        IReadOnlyDictionary<string, List<int>> before = data.Last("Episodes").RowsByChild();

        // The DfE's tool sees only this year's and last year's episodes, hence the false positives its message warns
        // of. A caller holding the earlier years' episodes too (OpenCSC checking its own data) passes them as
        // Episodes_earlier, and a care leaver with an episode there has had one.
        IReadOnlyDictionary<string, List<int>>? earlier = data.Tables.Find(EarlierEpisodes)?.RowsByChild();
        for (int r = 0; r < oc3.RowCount; r++)
        {
            string child = oc3.Child[r] ?? "";
            if (!now.ContainsKey(child) && !before.ContainsKey(child) && earlier?.ContainsKey(child) != true)
            {
                failures.Add(oc3, r);
            }
        }
    }
}
