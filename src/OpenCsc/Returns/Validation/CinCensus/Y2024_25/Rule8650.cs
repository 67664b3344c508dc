using OpenCsc.Returns.CinCensus;

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8650() : CinCensusRule(
    "8650",
    "Primary Need Code invalid (see Primary Need table in CIN census code set)",
    "PrimaryNeedCode",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => e["PrimaryNeedCode"][row] is { } code && !CinCensusCodes.PrimaryNeed.IsCode(code));
    }
}
