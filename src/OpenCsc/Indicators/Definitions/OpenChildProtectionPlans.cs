namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// The CP plans open at the end of a day, shared by the indicators that count them: started on or before the day
/// and not ended by it (a plan that ends on the day is not open at its end, as the DfE counts plans "at 31 March").
/// </summary>
internal static class OpenChildProtectionPlans
{
    public static IQueryable<IndicatorRow> At(IndicatorQuery query, DateOnly day) =>
        query.Db.ChildProtectionPlans
            .Where(OpenCsc.Data.DatedPeriods.OpenAtEndOf<OpenCsc.ChildProtection.ChildProtectionPlan>(day))
            .Select(p => new IndicatorRow { ChildId = p.ChildId, RecordId = p.Id, Date = day, InNumerator = true });
}
