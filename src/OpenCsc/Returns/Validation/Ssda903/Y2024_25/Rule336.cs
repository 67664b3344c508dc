namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule336() : Ssda903Rule("336", "Child does not have a foster placement immediately prior to being placed for adoption.", "PLACE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Placed for adoption with current foster carers (A3) or not (A4) follows a foster or adoption placement.
        string[] before = ["A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        int[] previous = episodes.PreviousByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (place[r] is "A3" or "A4" && previous[r] >= 0 && !before.Contains(place[previous[r]]))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
