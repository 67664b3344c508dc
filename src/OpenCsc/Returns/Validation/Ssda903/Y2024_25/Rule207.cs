namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule207() : Ssda903Rule("207", "Mother status for the current year disagrees with the mother status already recorded for this child.", "MOTHER", "Episodes;Header;Header_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child recorded as a mother last year, with episodes this year, must still be one.
        ReturnTable header = data.Header;
        ReturnTable last = data.Last("Header");
        IReadOnlyDictionary<string, List<int>> episodes = data.Episodes.RowsByChild();
        IReadOnlyDictionary<string, int> lastRows = last.FirstRowByChild();
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn lastMother = last["MOTHER"];
        ReturnColumn child = header.Child;
        for (int r = 0; r < header.RowCount; r++)
        {
            string id = child[r] ?? "";
            if (lastRows.TryGetValue(id, out int previous) && lastMother[previous] == "1" && mother[r] != "1" && episodes.ContainsKey(id))
            {
                failures.Add(header, r);
            }
        }
    }
}
