namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule411() : Ssda903Rule("411", "Placement location code disagrees with LA of placement.", "PL_LOCATION", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A placement inside the authority (PL_LOCATION IN) must be in its area: PL_LA the authority's own code.
        ReturnTable episodes = data.Episodes;
        string own = data.LocalAuthority;
        ReturnColumn location = episodes["PL_LOCATION"];
        ReturnColumn la = episodes["PL_LA"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (location[r] == "IN" && !string.Equals(la[r], own, StringComparison.Ordinal))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
