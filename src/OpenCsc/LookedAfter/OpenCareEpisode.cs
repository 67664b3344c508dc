using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>The episode a looked-after child is in now: not ended, in a period of care not ended.</summary>
public static class OpenCareEpisode
{
    public static IQueryable<CareEpisode> Of(AppDbContext db, long childId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CareEpisodes.Where(e => e.ChildId == childId && e.EndDate == null && e.PeriodOfCare!.EndDate == null)
            .OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id);
    }
}
