namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule420() : Ssda903Rule("420", "LA of placement completed but child is looked after under legal status V3 or V4.", "PL_LA", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn la = episodes["PL_LA"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] is "V3" or "V4" && !la.IsBlank(r))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
