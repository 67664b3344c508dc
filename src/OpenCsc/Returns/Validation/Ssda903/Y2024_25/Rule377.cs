namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule377() : Ssda903Rule("377", "'Only two temporary placements coded as being due to holiday of usual foster carer(s) are ' + 'allowed in any 12- month period.'", "PLACE", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // More than two T3 placements in the return are flagged, every one of them.
        ReturnTable episodes = data.Episodes;
        ReturnColumn place = episodes["PLACE"];
        foreach (List<int> rows in episodes.RowsByChild().Values)
        {
            int[] holidays = [.. rows.Where(r => place[r] == "T3")];
            if (holidays.Length > 2)
            {
                failures.AddAll(episodes, holidays);
            }
        }
    }
}
