namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8615() : CinCensusRule(
    "8615",
    "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
    "S47ActualStartDate;DateOfInitialCPC",
    "Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable s = data.Tables.Section47;
        failures.Flag(s, row => s["DateOfInitialCPC"].Date(row) is { } icpc && (s["S47ActualStartDate"].Date(row) is not { } start || start > icpc));
    }
}
