namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule222() : Ssda903Rule("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.", "URN", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // XXXXXXX is the placeholder for a placement without a URN.
        string[] noUrn = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn urn = episodes["URN"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (place[r] is { } code && noUrn.Contains(code) && urn[r] is { } value && value != "XXXXXXX")
            {
                failures.Add(episodes, r);
            }
        }
    }
}
