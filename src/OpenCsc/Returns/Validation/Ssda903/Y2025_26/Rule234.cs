namespace OpenCsc.Returns.Validation.Ssda903.Y2025_26;

public sealed class Rule234() : Ssda903Rule("234", "A child aged under 10 can not change placement due to being admitted to custody", "REASON_PLACE_CHANGE;DOB", "Episodes;Header")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable header = data.Header;
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["REASON_PLACE_CHANGE"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] == "CUSTOD" && start.Date(r) is { } from && data.BirthDate(child[r]) is { } birth && birth.AddYears(10) > from)
            {
                failures.Add(episodes, r);
                failures.Add(header, headerRows[child[r]!]);
            }
        }
    }
}
