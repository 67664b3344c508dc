namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8740() : CinCensusRule(
    "8740",
    "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
    "S47ActualStartDate;DateOfInitialCPC;ICPCnotRequired",
    "Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable s = t.Section47;
        failures.Flag(s, row => t.IsOpenEnquiry(row) && !(s["S47ActualStartDate"].Date(row) is { } start && data.InCensusYear(start)));
    }
}
