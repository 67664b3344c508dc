namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule626() : Ssda903Rule("626", "'Child was reported as a mother but the date of birth of the first child is before the current ' + 'year which contradicts with the mother status recorded last year.'", "MOTHER;MC_DOB", "Header;Header_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnTable last = data.Last("Header");
        IReadOnlyDictionary<string, int> lastRows = last.FirstRowByChild();
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn childBirth = header["MC_DOB"];
        ReturnColumn lastMother = last["MOTHER"];
        ReturnColumn child = header.Child;
        for (int r = 0; r < header.RowCount; r++)
        {
            // Read as numbers, as a spreadsheet may have written 1 as 1.0.
            if (mother.Integers[r] == 1 && childBirth.Date(r) < data.CollectionStart && lastRows.TryGetValue(child[r] ?? "", out int previous)
                && lastMother.Integers[previous] == 0)
            {
                failures.Add(header, r);
            }
        }
    }
}
