namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4008() : CinCensusRule(
    "4008",
    "CIN Plan shown as starting after the child’s Date of Death.",
    "PersonDeathDate;CINPlanStartDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        failures.Flag(p, row => p["CINPlanStartDate"].Date(row) is { } start && data.DeathDate(p.ChildOf(row)) is { } death && start > death);
    }
}
