namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule380() : Ssda903Rule("380", "A period of care cannot start with a temporary placement.", "PLACE;RNE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] temporary = ["T0", "T1", "T2", "T3", "T4"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn reason = episodes["RNE"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (temporary.Contains(place[r]) && reason[r] is not ("P" or "B"))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
