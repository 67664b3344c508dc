namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8890() : CinCensusRule(
    "8890",
    "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing",
    "S47ActualStartDate",
    "Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable s = t.Section47;
        foreach ((int a, int b) in CinRuleHelpers.StartsWithin(data.ByEpisode(s), s["S47ActualStartDate"].Dates, s["DateOfInitialCPC"].Dates,
            data.ReferenceDate, endInclusive: true, skipDuplicates: true, t.IsOpenEnquiry))
        {
            failures.Add(s, a);
            failures.Add(s, b);
        }
    }
}
