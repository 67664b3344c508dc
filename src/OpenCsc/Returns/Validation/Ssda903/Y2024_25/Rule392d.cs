namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule392d() : Ssda903Rule("392d", "Home and placement postcodes should not be same unless the placement type is P1.", "HOME_POST;PL_POST;PLACE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn home = episodes["HOME_POST"];
        ReturnColumn placement = episodes["PL_POST"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (place[r] != "P1" && home[r] is { } postcode && postcode == placement[r])
            {
                failures.Add(episodes, r);
            }
        }
    }
}
