namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule225() : Ssda903Rule("225", "Reason for placement change must be recorded.", "REASON_PLACE_CHANGE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A move from one placement to another (not temporary) without a change of legal status needs a reason.
        string[] temporary = ["T0", "T1", "T2", "T3", "T4"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn reasonCeased = episodes["REC"];
        ReturnColumn reasonChange = episodes["REASON_PLACE_CHANGE"];
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn reasonNew = episodes["RNE"];
        int[] next = episodes.NextByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            int n = next[r];
            if (n >= 0 && reasonCeased[r] == "X1" && reasonChange.IsBlank(r) && !temporary.Contains(place[r])
                && reasonNew[n] is "P" or "B" or "T" or "U" && !temporary.Contains(place[n]))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
