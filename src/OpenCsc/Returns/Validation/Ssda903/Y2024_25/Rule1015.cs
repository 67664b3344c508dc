namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1015() : Ssda903Rule("1015", "Placement provider is own provision but child not placed in own LA.", "PL_LA", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // The authority's own provision (PR1) is in its own area (PL_LA its code), except placed for adoption (A3-A6),
        // fostering (U1-U6) and respite (V3, V4); an episode without a legal status or placement is left to other rules.
        string[] exempt = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"];
        ReturnTable episodes = data.Episodes;
        string own = data.LocalAuthority;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn provider = episodes["PLACE_PROVIDER"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn la = episodes["PL_LA"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (provider[r] == "PR1" && place[r] is { } code && !exempt.Contains(code) && status[r] is { } legal && legal is not ("V3" or "V4")
                && !string.Equals(la[r], own, StringComparison.Ordinal))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
