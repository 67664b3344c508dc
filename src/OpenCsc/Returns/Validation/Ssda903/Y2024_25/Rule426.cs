namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule426() : Ssda903Rule("426", "'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in ' + 'the same year.'", "LS", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        foreach (List<int> rows in episodes.RowsByChild().Values)
        {
            if (rows.Any(r => status[r] == "V3") && rows.Any(r => status[r] == "V4"))
            {
                failures.AddAll(episodes, rows.Where(r => status[r] is "V3" or "V4"));
            }
        }
    }
}
