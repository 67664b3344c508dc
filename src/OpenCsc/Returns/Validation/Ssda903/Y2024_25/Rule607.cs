namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule607() : Ssda903Rule("607", "Child ceased to be looked after in the year, but mother field has not been completed.", "DEC;REC;MOTHER;LS;SEX", "Episodes;Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnTable episodes = data.Episodes;
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        ReturnColumn sex = header["SEX"];
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn status = episodes["LS"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            bool ceased = end.Date(r) is { } date && date >= data.CollectionStart && date <= data.CollectionEnd && reason[r] is { } code && code != "X1";
            if (ceased && status[r] is not ("V3" or "V4") && headerRows.TryGetValue(episodes.Child[r] ?? "", out int h) && sex[h] == "F" && mother.IsBlank(h))
            {
                failures.Add(episodes, r);
                failures.Add(header, h);
            }
        }
    }
}
