namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule2888Q() : CinCensusRule(
    "2888Q",
    "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
    "Disability",
    "Header")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        IReadOnlyList<int>[] byChild = data.ByChild(t.Disabilities);
        bool anyMultiple = byChild.Any(rows => rows.Count(row => t.Disabilities["Disability"][row] is { } code && code != "NONE") > 1);
        if (!anyMultiple && t.Disabilities.Rows().Any(row => t.Disabilities["Disability"][row] is { } code && code != "NONE"))
        {
            failures.AddAll(t.Header, t.Header.Rows().Take(1));
        }
    }
}
