namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8930() : CinCensusRule(
    "8930",
    "Child Protection Plan End Date must fall within the census year",
    "CPPendDate;ReferenceDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => !p["CPPendDate"].IsBlank(row) && !(p["CPPendDate"].Date(row) is { } end && data.InCensusYear(end)));
    }
}
