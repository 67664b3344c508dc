using OpenCsc.Data;
using OpenCsc.LookedAfter;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// The periods of care open at the end of a day, shared by the looked-after indicators: started on or before the day
/// and not ended by it (a child whose period of care ends on 31 March is not looked after at 31 March, as the DfE
/// counts children looked after "at 31 March").
/// </summary>
internal static class OpenPeriodsOfCare
{
    public static IQueryable<PeriodOfCare> At(IndicatorQuery query, DateOnly day) =>
        query.Db.PeriodsOfCare.Where(DatedPeriods.OpenAtEndOf<PeriodOfCare>(day));

    public static IQueryable<IndicatorRow> Rows(IndicatorQuery query, DateOnly day) =>
        At(query, day).Select(p => new IndicatorRow { ChildId = p.ChildId, RecordId = p.Id, Date = day, InNumerator = true });
}
