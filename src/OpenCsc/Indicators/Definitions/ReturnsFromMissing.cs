using OpenCsc.LookedAfter;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// The returns from missing in a period, shared by the return home interview indicators: missing (not absent) episodes
/// that ended in it, dated by the return.
/// </summary>
internal static class ReturnsFromMissing
{
    public static IQueryable<MissingEpisode> In(IndicatorQuery query, ReportingPeriod period) =>
        query.Db.MissingEpisodes.Where(m => m.Kind == MissingKind.Missing && m.EndDate != null && m.EndDate >= period.From && m.EndDate <= period.To);
}
