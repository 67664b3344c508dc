namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule359() : Ssda903Rule("359", "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.", "DEC;LS;PLACE", "Header;Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // Over 18 at the year end and still looked after: only accommodation under s20(5) in a community home (V2, K2).
        ReturnTable episodes = data.Episodes;
        ReturnColumn end = episodes["DEC"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn place = episodes["PLACE"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (end.IsBlank(r) && data.BirthDate(child[r]) is { } birth && birth.AddYears(18) < data.CollectionEnd
                && !(status[r] == "V2" && place[r] == "K2"))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
