namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule381() : Ssda903Rule("381", "A period of care cannot end with a temporary placement.", "PLACE;REC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] temporary = ["T0", "T1", "T2", "T3", "T4"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn reason = episodes["REC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (temporary.Contains(place[r]) && reason[r] is { } value && value != "X1")
            {
                failures.Add(episodes, r);
            }
        }
    }
}
