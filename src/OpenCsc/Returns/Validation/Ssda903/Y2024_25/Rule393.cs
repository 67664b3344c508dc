namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule393() : Ssda903Rule("393", "Child is looked after but mother field is not completed.", "MOTHER", "Header;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnTable episodes = data.Episodes;
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn sex = header["SEX"];
        ReturnColumn status = episodes["LS"];
        var lookedAfter = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            // Respite in any case (v4 as V4), as the DfE's tool reads it.
            if (status[r]?.ToUpperInvariant() is not ("V3" or "V4") && episodes.Child[r] is { } child)
            {
                lookedAfter.Add(child);
            }
        }

        for (int r = 0; r < header.RowCount; r++)
        {
            if (sex[r] == "F" && mother.IsBlank(r) && lookedAfter.Contains(header.Child[r] ?? ""))
            {
                failures.Add(header, r);
            }
        }
    }
}
