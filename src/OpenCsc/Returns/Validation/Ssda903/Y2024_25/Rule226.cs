namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule226() : Ssda903Rule("226", "Reason for placement change is not required.", "REASON_PLACE_CHANGE;PLACE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A temporary placement, and the placement before it, need no reason for the change.
        string[] temporary = ["T0", "T1", "T2", "T3", "T4"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn reason = episodes["REASON_PLACE_CHANGE"];
        int[] previous = episodes.PreviousByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (temporary.Contains(place[r]) && (!reason.IsBlank(r) || (previous[r] >= 0 && !reason.IsBlank(previous[r]))))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
