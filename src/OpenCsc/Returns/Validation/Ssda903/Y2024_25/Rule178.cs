namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule178() : Ssda903Rule("178", "Placement provider code is not a valid code.", "PLACE_PROVIDER", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A provider, when given, must be a valid code and not given for placements that have none (T0-T3, Z11-Z14).
        string[] noProvider = ["T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn provider = episodes["PLACE_PROVIDER"];
        ReturnColumn place = episodes["PLACE"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (provider[r] is { } value && (!Ssda903Codes.PlaceProvider.IsCode(value) || (place[r] is { } code && noProvider.Contains(code))))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
