namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule407() : Ssda903Rule("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.", "DEC;DOB;REC", "Episodes;Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable header = data.Header;
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is "E45" or "E46" or "E47" or "E48" && end.Date(r) is { } ceased && data.BirthDate(child[r]) is { } birth && birth.AddYears(18) < ceased)
            {
                failures.Add(episodes, r);
                failures.Add(header, headerRows[child[r]!]);
            }
        }
    }
}
