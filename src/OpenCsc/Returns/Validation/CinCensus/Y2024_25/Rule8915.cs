namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8915() : CinCensusRule(
    "8915",
    "Child Protection Plan shown as starting after the child’s Date of Death",
    "CPPstartDate;PersonDeathDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(p, row => p["CPPstartDate"].Date(row) is { } start && data.DeathDate(p.ChildOf(row)) is { } death && start > death);
    }
}
