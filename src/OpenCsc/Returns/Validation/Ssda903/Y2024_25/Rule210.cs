namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule210() : Ssda903Rule("210", "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.", "UPN;DECOM", "Header;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Looked after more than a week at 31 March: an episode starting on or after 24 March needs no UPN check.
        ReturnTable header = data.Header;
        ReturnTable episodes = data.Episodes;
        var weekBefore = new DateOnly(data.CollectionEnd.Year, 3, 24);
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        ReturnColumn upn = header["UPN"];
        ReturnColumn start = episodes["DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) >= weekBefore && headerRows.TryGetValue(episodes.Child[r] ?? "", out int h) && upn[h] == "UN4")
            {
                failures.Add(episodes, r);
                failures.Add(header, h);
            }
        }
    }
}
