namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4009Q() : CinCensusRule(
    "4009Q",
    "CIN Plan cannot end after the child’s Date of Death",
    "PersonDeathDate;CINPlanEndDate",
    "CINplanDates")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.CINplanDates;
        failures.Flag(p, row => p["CINPlanEndDate"].Date(row) is { } end && data.DeathDate(p.ChildOf(row)) is { } death && end > death);
    }
}
