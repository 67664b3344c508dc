namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2884() : CinCensusRule(
    "2884",
    "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one",
    "DateOfInitialCPC",
    "CINdetails;Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        var enquiryConferences = new HashSet<(int Child, DateOnly Date)>();
        foreach (int row in t.Section47.Rows())
        {
            if (t.Section47["DateOfInitialCPC"].Date(row) is { } date)
            {
                enquiryConferences.Add((t.Section47.ChildOf(row), date));
            }
        }

        var episodeConferences = new HashSet<(int Child, DateOnly Date)>();
        foreach (int row in t.CINdetails.Rows())
        {
            if (t.CINdetails["DateOfInitialCPC"].Date(row) is { } date && enquiryConferences.Contains((t.CINdetails.ChildOf(row), date)))
            {
                episodeConferences.Add((t.CINdetails.ChildOf(row), date));
                failures.Add(t.CINdetails, row);
            }
        }

        failures.Flag(t.Section47, row => t.Section47["DateOfInitialCPC"].Date(row) is { } date && episodeConferences.Contains((t.Section47.ChildOf(row), date)));
    }
}
