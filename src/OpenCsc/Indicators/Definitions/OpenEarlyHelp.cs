using OpenCsc.Data;
using OpenCsc.FrontDoor;

namespace OpenCsc.Indicators.Definitions;

/// <summary>The early help episodes open at the end of a day: started on or before it, not ended by it.</summary>
internal static class OpenEarlyHelp
{
    public static IQueryable<EarlyHelpEpisode> At(IndicatorQuery query, DateOnly day) =>
        query.Db.EarlyHelpEpisodes.Where(DatedPeriods.OpenAtEndOf<EarlyHelpEpisode>(day));
}
