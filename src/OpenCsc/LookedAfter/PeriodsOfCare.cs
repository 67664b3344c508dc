using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>Questions about a child's periods of care that several forms ask.</summary>
public static class PeriodsOfCare
{
    /// <summary>Whether the child was looked after at some time on <paramref name="day"/> (<see cref="DatedPeriods.OpenOn{T}"/>).</summary>
    public static Task<bool> LookedAfterOnAsync(AppDbContext db, long childId, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PeriodsOfCare.Where(p => p.ChildId == childId).Where(DatedPeriods.OpenOn<PeriodOfCare>(day)).AnyAsync(cancellationToken);
    }
}
