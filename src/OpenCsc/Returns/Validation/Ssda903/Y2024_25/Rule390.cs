namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule390() : Ssda903Rule("390", "Reason episode ceased is adopted but child has not been previously placed for adoption.", "PLACE;REC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        string[] placedForAdoption = ["A3", "A4", "A5", "A6"];
        ReturnTable episodes = data.Episodes;
        ReturnColumn reason = episodes["REC"];
        ReturnColumn place = episodes["PLACE"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is "E11" or "E12" && !placedForAdoption.Contains(place[r]))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
