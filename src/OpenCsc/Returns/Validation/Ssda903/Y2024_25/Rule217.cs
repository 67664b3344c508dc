namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule217() : Ssda903Rule("217", "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.", "PLACE;DECOM;RNE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Applies to placements from 1 April 2015, when the A3/A5 codes took this meaning.
        var from = new DateOnly(2015, 4, 1);
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn reason = episodes["RNE"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (place[r] is "A3" or "A5" && start.Date(r) >= from && reason[r] is not ("S" or "T" or "U"))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
