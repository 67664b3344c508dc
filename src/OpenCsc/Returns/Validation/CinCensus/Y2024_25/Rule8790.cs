namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8790() : CinCensusRule(
    "8790",
    "Disability information includes both None and other values",
    "Disability",
    "Disabilities")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable d = data.Tables.Disabilities;
        IReadOnlyList<int>[] byChild = data.ByChild(d);
        failures.Flag(d, row =>
        {
            IReadOnlyList<int> rows = byChild[d.ChildOf(row)];
            return rows.Any(r => d["Disability"][r] == "NONE") && rows.Any(r => d["Disability"][r] is { } code && code != "NONE");
        });
    }
}
