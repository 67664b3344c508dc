namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2885() : CinCensusRule(
    "2885",
    "Child protection plan shown as starting a different day to the initial child protection conference.",
    "CPPstartDate;DateOfInitialCPC",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        var conferences = new HashSet<(int Episode, DateOnly Date)>();
        foreach (int row in t.Section47.Rows())
        {
            if (t.Section47["DateOfInitialCPC"].Date(row) is { } date)
            {
                conferences.Add((t.Section47.EpisodeOf(row), date));
            }
        }

        foreach (int row in t.CINdetails.Rows())
        {
            if (t.CINdetails["DateOfInitialCPC"].Date(row) is { } date)
            {
                conferences.Add((row, date));
            }
        }

        CinTable p = t.ChildProtectionPlans;
        failures.Flag(p, row => p["CPPstartDate"].Date(row) is { } start && data.InCensusYear(start) && !conferences.Contains((p.EpisodeOf(row), start)));
    }
}
