namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule358() : Ssda903Rule("358", "Child with this legal status should not be under 10.", "DECOM;DOB;LS", "Header;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable header = data.Header;
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] is "J1" or "J2" or "J3" && start.Date(r) is { } from && data.BirthDate(child[r]) is { } birth && birth.AddYears(10) >= from)
            {
                failures.Add(episodes, r);
                failures.Add(header, headerRows[child[r]!]);
            }
        }
    }
}
