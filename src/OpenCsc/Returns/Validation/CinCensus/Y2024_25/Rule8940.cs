namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8940() : CinCensusRule(
    "8940",
    "Child Protection Plan data contains overlapping dates",
    "CPPstartDate;CPPendDate",
    "ChildProtectionPlans")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable p = data.Tables.ChildProtectionPlans;
        foreach ((int a, int b) in CinRuleHelpers.StartsWithin(data.ByChild(p), p["CPPstartDate"].Dates, p["CPPendDate"].Dates, data.ReferenceDate,
            endInclusive: true, skipDuplicates: false))
        {
            failures.Add(p, a);
            failures.Add(p, b);
        }
    }
}
