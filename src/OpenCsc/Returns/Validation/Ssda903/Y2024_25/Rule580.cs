namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule580() : Ssda903Rule("580", "Child is missing when cease being looked after but reason episode ceased not ‘E8’.", "REC", "Episodes;MIssing")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A missing (or away) period that ends on the child's 18th birthday (DOB from Missing), the day an episode
        // ends: the episode must have ceased E8 (the period missing went on past 18).
        ReturnTable episodes = data.Episodes;
        ReturnTable missing = data.Missing;
        ReturnColumn end = episodes["DEC"];
        ReturnColumn reason = episodes["REC"];
        ReturnColumn missingEnd = missing["MIS_END"];
        ReturnColumn dob = missing["DOB"];
        var endsAt18 = new HashSet<(string, DateOnly)>();
        for (int r = 0; r < missing.RowCount; r++)
        {
            if (missingEnd.Date(r) is { } to && dob.Date(r) is { } birth && to == birth.AddYears(18))
            {
                endsAt18.Add((missing.Child[r] ?? "", to));
            }
        }

        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (end.Date(r) is { } ceased && reason[r] != "E8" && endsAt18.Contains((episodes.Child[r] ?? "", ceased)))
            {
                failures.Add(episodes, r);
            }
        }
    }
}
