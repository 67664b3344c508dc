namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8920() : CinCensusRule(
    "8920",
    "Child Protection Plan cannot end after the child’s Date of Death",
    "PersonDeathDate;CPPendDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => p["CPPendDate"].Date(row) is { } end && data.DeathDate(p.ChildOf(row)) is { } death && end > death);
    }
}
