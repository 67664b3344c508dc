namespace OpenCsc.Returns.Validation.Ssda903.Y2025_26;

public sealed class RuleSW17STG2() : Ssda903Rule("SW17STG2", "There is no social worker episode open at 31 March", "SW_DEC;SW_DECOM", "SWEpisodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.SwEpisodes;
        ReturnColumn end = episodes["SW_DEC"];
        foreach ((string child, int latest) in episodes.LastRowByChildOrderedBy("SW_DECOM"))
        {
            if (!end.IsBlank(latest))
            {
                failures.Add(episodes, latest);
            }
        }
    }
}
