namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule628() : Ssda903Rule("628", "Motherhood details are not required for care leavers who have not been looked after during the year.", "MOTHER", "Episodes;Header;OC3")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnTable oc3 = data.Oc3;
        IReadOnlyDictionary<string, List<int>> episodes = data.Episodes.RowsByChild();
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn[] items = [oc3["IN_TOUCH"], oc3["ACTIV"], oc3["ACCOM"]];
        var careLeavers = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < oc3.RowCount; r++)
        {
            if (items.Any(c => !c.IsBlank(r)) && oc3.Child[r] is { } child)
            {
                careLeavers.Add(child);
            }
        }

        for (int r = 0; r < header.RowCount; r++)
        {
            string child = header.Child[r] ?? "";
            if (!mother.IsBlank(r) && !episodes.ContainsKey(child) && careLeavers.Contains(child))
            {
                failures.Add(header, r);
            }
        }
    }
}
