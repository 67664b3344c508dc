namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule398() : Ssda903Rule("398", "Distance field completed but child looked after under legal status V3 or V4.", "LS;HOME_POST;PL_POST", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn home = episodes["HOME_POST"];
        ReturnColumn placement = episodes["PL_POST"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] is "V3" or "V4" && (!home.IsBlank(r) || !placement.IsBlank(r)))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
