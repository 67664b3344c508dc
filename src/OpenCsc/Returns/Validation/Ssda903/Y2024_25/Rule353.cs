namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule353() : Ssda903Rule("353", "No episode submitted can start before 14 October 1991.", "DECOM", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        var earliest = new DateOnly(1991, 10, 14);
        ReturnTable episodes = data.Episodes;
        ReturnColumn start = episodes["DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (start.Date(r) < earliest)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
