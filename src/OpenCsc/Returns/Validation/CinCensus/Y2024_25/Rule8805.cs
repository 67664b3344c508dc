namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8805() : CinCensusRule(
    "8805",
    "A CIN case cannot have a CIN closure date without a Reason for Closure",
    "CINclosureDate;ReasonForClosure",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => !e["CINclosureDate"].IsBlank(row) && e["ReasonForClosure"].IsBlank(row));
    }
}
