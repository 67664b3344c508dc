namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule383() : Ssda903Rule("383", "A child in a temporary placement must subsequently return to his/her normal placement.", "PLACE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // After a temporary placement the child returns (RNE P) to the placement before it, at the same postcode.
        string[] temporary = ["T0", "T1", "T2", "T3", "T4"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn reason = episodes["RNE"];
        ReturnColumn postcode = episodes["PL_POST"];
        int[] previous = episodes.PreviousByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            int temp = previous[r];
            if (temp < 0 || !temporary.Contains(place[temp]) || previous[temp] is not (>= 0 and var before))
            {
                continue;
            }

            if (reason[r] != "P" || place[r] != place[before] || postcode[r] != postcode[before])
            {
                failures.Add(episodes, r);
            }
        }
    }
}
