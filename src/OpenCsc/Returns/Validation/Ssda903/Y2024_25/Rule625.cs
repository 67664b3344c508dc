namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule625() : Ssda903Rule("625", "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.", "MC_DOB;DEC", "Episodes;Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Against the child's latest ended episode.
        ReturnTable header = data.Header;
        ReturnTable episodes = data.Episodes;
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        IReadOnlyDictionary<string, int> latest = episodes.LastRowByChildOrderedBy("DEC");
        ReturnColumn childBirth = header["MC_DOB"];
        ReturnColumn end = episodes["DEC"];
        foreach ((string child, int e) in latest)
        {
            if (headerRows.TryGetValue(child, out int h) && childBirth.Date(h) is { } born && (born > data.CollectionEnd || born > end.Date(e)))
            {
                failures.Add(header, h);
                failures.Add(episodes, e);
            }
        }
    }
}
