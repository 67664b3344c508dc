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
        // The conference of the enquiry when the episode has one (ICPC not marked not required), else the episode's own.
        var enquiryConferences = new HashSet<(int Episode, DateOnly Date)>();
        var episodesWithEnquiryConference = new HashSet<int>();
        foreach (int row in t.Section47.Rows())
        {
            if (t.Section47["DateOfInitialCPC"].Date(row) is { } date && CinValues.ParseFlag(t.Section47["ICPCnotRequired"][row]) != true)
            {
                enquiryConferences.Add((t.Section47.EpisodeOf(row), date));
                episodesWithEnquiryConference.Add(t.Section47.EpisodeOf(row));
            }
        }

        CinTable p = t.ChildProtectionPlans;
        failures.Flag(p, row => p["CPPstartDate"].Date(row) is { } start && data.InCensusYear(start) && p.EpisodeOf(row) is int episode
            && (episodesWithEnquiryConference.Contains(episode)
                ? !enquiryConferences.Contains((episode, start))
                : t.CINdetails["DateOfInitialCPC"].Date(episode) != start));
    }
}
