using OpenCsc.Returns.CinCensus;

namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8910() : CinCensusRule(
    "8910",
    "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)",
    "LatestCategoryOfAbuse",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => p["LatestCategoryOfAbuse"][row] is not { } code || !CinCensusCodes.CategoryOfAbuse.IsCode(code));
    }
}
