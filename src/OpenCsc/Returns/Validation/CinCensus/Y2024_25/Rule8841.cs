namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule8841() : CinCensusRule(
    "8841",
    "The review date cannot be on the same day or before the Child protection Plan start date.",
    "CPPstartDate;CPPreviewDate",
    "Reviews")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinTable reviews = data.Tables.Reviews;
        CinTable p = data.Tables.ChildProtectionPlans;
        failures.Flag(reviews, row => reviews["CPPreviewDate"].Date(row) is { } review && reviews.ParentOf(row) >= 0
            && p["CPPstartDate"].Date(reviews.ParentOf(row)) is { } start && review <= start);
    }
}
