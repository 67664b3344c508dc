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
        CinTable s = t.Section47;
        // Completed by exactly one of the two: a conference date, or ICPC not required (both at once is contradictory).
        failures.Flag(s, row => !t.CINdetails["CINclosureDate"].IsBlank(s.EpisodeOf(row))
            && s["DateOfInitialCPC"].IsBlank(row) == (CinValues.ParseFlag(s["ICPCnotRequired"][row]) != true));
    }
}
