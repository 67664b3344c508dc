using OpenCsc.Returns.CinCensus;

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4220() : CinCensusRule(
    "4220",
    "Ethnicity is missing or invalid (see Ethnicity table)",
    "Ethnicity",
    "ChildCharacteristics")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable c = data.Tables.ChildCharacteristics;
        failures.Flag(c, row => c["Ethnicity"][row] is not { } code || !CinCensusCodes.Ethnicity.IsCode(code));
    }
}
