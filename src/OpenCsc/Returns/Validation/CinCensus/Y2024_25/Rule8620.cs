namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8620() : CinCensusRule(
    "8620",
    "CIN Closure Date present and does not fall within the Census year",
    "CINclosureDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => !e["CINclosureDate"].IsBlank(row) && !(e["CINclosureDate"].Date(row) is { } closed && data.InCensusYear(closed)));
    }
}
