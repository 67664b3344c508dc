namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8675Q() : CinCensusRule(
    "8675Q",
    "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
    "DateOfInitialCPC;S47ActualStartDate;ICPCnotReqiured",
    "Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable s = t.Section47;
        failures.Flag(s, row => t.IsOpenEnquiry(row) && s["S47ActualStartDate"].Date(row) is { } start
            && start < data.ReferenceDate && data.WorkingDays.WorkingDaysBetween(start, data.ReferenceDate) > 15);
    }
}
