namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule446() : Ssda903Rule("446", "E1 is not a valid code for episodes starting before December 2005.", "LS;DECOM", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        var from = new DateOnly(2005, 12, 1);
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn start = episodes["DECOM"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] == "E1" && start.Date(r) < from)
            {
                failures.Add(episodes, r);
            }
        }
    }
}
