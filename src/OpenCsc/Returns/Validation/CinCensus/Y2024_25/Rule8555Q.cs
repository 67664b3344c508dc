namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8555Q() : CinCensusRule(
    "8555Q",
    "Child cannot be referred after its recorded date of death",
    "PersonDeathDate;CINreferralDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        failures.Flag(e, row => e["CINreferralDate"].Date(row) is { } referral && data.DeathDate(e.ChildOf(row)) is { } death && referral > death);
    }
}
