namespace OpenCsc.Returns.Validation.CinCensus.Y2024_25;

public sealed class Rule4003() : CinCensusRule(
    "4003",
    "A CPP review date is shown as being held at the same time as an open CIN Plan.",
    "CINPlanStartDate;CINPlanEndDate;CPPreviewDate",
    "Reviews")
{
    public override void Check(CinCensusData data, CinRuleFailures failures)
    {
        CinCensusTables t = data.Tables;
        CinTable reviews = t.Reviews, cin = t.CINplanDates, cpp = t.ChildProtectionPlans;
        IReadOnlyList<int>[] plansByChild = data.ByChild(cin);
        failures.Flag(reviews, row =>
        {
            if (reviews["CPPreviewDate"].Date(row) is not { } review || cpp["CPPendDate"].Date(reviews.ParentOf(row)) == review)
            {
                return false;
            }

            foreach (int plan in plansByChild[reviews.ChildOf(row)])
            {
                if (cin["CINPlanStartDate"].Date(plan) is { } start && review >= start
                    && (cin["CINPlanEndDate"].Date(plan) is { } end ? review < end : review <= data.ReferenceDate))
                {
                    return true;
                }
            }

            return false;
        });
    }
}
