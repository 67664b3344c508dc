namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule526() : Ssda903Rule("526", "Child is missing a placement provider code for at least one episode.", "PLACE;PLACE_PROVIDER", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] noProvider = ["T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn provider = episodes["PLACE_PROVIDER"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (!noProvider.Contains(place[r]) && provider.IsBlank(r))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
