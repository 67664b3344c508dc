namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule366() : Ssda903Rule("366", "A child cannot change placement during the course of an individual short-term respite break.", "RNE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn reason = episodes["RNE"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] == "V3" && reason[r] != "S")
            {
                failures.Add(episodes, r);
            }
        }
    }
}
