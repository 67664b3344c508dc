namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8868() : CinCensusRule(
    "8868",
    "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
    "ICPCnotRequired;CINclosureDate;DateOfInitialCPC",
    "Section47")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        failures.Flag(t.Section47, row => t.IsOpenEnquiry(row) && !t.CINdetails["CINclosureDate"].IsBlank(t.Section47.EpisodeOf(row)));
    }
}
