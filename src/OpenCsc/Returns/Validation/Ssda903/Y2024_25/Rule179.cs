namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule179() : Ssda903Rule("179", "Placement location code is not a valid code.", "PL_LOCATION", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn location = episodes["PL_LOCATION"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] is not ("V3" or "V4") && location.IsBlank(r))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
