namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule302() : Ssda903Rule("302", "First episode starts before child was born.", "DECOM;DOB", "Header;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The child's first episode (earliest start) and its Header row are both flagged.
        ReturnTable episodes = data.Episodes;
        ReturnTable header = data.Header;
        ReturnColumn start = episodes["DECOM"];
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        foreach ((string child, int[] rows) in episodes.RowsByChildOrderedBy("DECOM"))
        {
            int first = rows[0];
            if (start.Date(first) is { } from && data.BirthDate(child) is { } birth && birth > from)
            {
                failures.Add(episodes, first);
                failures.Add(header, headerRows[child]);
            }
        }
    }
}
