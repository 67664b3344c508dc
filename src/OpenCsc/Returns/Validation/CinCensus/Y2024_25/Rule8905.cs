using OpenCsc.Returns.CinCensus;

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8905() : CinCensusRule(
    "8905",
    "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
    "InitialCategoryOfAbuse",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => p["InitialCategoryOfAbuse"][row] is not { } code || !CinCensusCodes.CategoryOfAbuse.IsCode(code));
    }
}
