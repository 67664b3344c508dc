namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8585Q() : CinCensusRule(
    "8585Q",
    "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
    "ReasonForClosure;PersonDeathDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => e["ReasonForClosure"][row] == "RC2" && data.DeathDate(e.ChildOf(row)) is null);
    }
}
