namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8810() : CinCensusRule(
    "8810",
    "A CIN case cannot have a Reason for Closure without a CIN Closure Date",
    "ReasonForClosure;CINclosureDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => !e["ReasonForClosure"].IsBlank(row) && e["CINclosureDate"].IsBlank(row));
    }
}
