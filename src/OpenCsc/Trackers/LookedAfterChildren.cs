using OpenCsc.Data;
using OpenCsc.LookedAfter;

namespace OpenCsc.Trackers;

/// <summary>The periods of care the looked-after trackers and the CLA visit indicator work from.</summary>
internal static class LookedAfterChildren
{
    /// <summary>
    /// Periods of care open at the end of the day (started by it, not ended by it), other than an agreed series of short
    /// breaks (legal status V3 or V4 in the episode open at the day's end): their visits and reviews follow reg 48.
    /// </summary>
    public static IQueryable<PeriodOfCare> At(AppDbContext db, DateOnly day) =>
        db.PeriodsOfCare
            .Where(DatedPeriods.OpenAtEndOf<PeriodOfCare>(day))
            .Where(p => !db.CareEpisodes.Any(e => e.PeriodOfCareId == p.Id && e.StartDate <= day && (e.EndDate == null || e.EndDate > day)
                && (e.LegalStatus == "V3" || e.LegalStatus == "V4")));
}
