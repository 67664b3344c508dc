namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8842Q() : CinCensusRule(
    "8842Q",
    "Please check and either amend or provide a reason: Review Record has a missing date",
    "CPPreviewDate",
    "Reviews")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable reviews = data.Tables.Reviews;
        failures.Flag(reviews, row => reviews["CPPreviewDate"].IsBlank(row));
    }
}
