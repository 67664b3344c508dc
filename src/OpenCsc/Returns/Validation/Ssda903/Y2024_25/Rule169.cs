namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule169() : Ssda903Rule("169", "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.", "PL_LA", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn la = episodes["PL_LA"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] is not ("V3" or "V4") && la.IsBlank(r))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
