namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8820() : CinCensusRule(
    "8820",
    "The dates on the CIN episodes for this child overlap",
    "CINreferralDate;CINclosureDate",
    "CINdetails")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable e = data.Tables.CINdetails;
        foreach ((int a, int b) in CinRuleHelpers.StartsWithin(data.ByChild(e), e["CINreferralDate"].Dates, e["CINclosureDate"].Dates,
            data.ReferenceDate.AddDays(-1), endInclusive: false, skipDuplicates: false, data.IsFurtherAction))
        {
            failures.Add(e, a);
            failures.Add(e, b);
        }
    }
}
