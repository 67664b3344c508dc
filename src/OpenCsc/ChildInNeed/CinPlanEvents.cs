using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.ChildInNeed;

/// <summary>Child in need plans: started and ended.</summary>
public sealed class CinPlanEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("cin-plans", "Child in need plans");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var plans = await db.CinPlans.AsNoTracking()
            .Where(p => p.ChildId == childId)
            .Select(p => new { p.StartDate, p.EndDate, p.EndReason })
            .ToListAsync(cancellationToken);
        foreach (var p in plans)
        {
            events.Add(new ChronologyEvent(p.StartDate, null, ChronologyStage.CinPlanStart, Type, "Child in need plan started", []));
            if (p.EndDate is { } end)
            {
                events.Add(new ChronologyEvent(end, null, ChronologyStage.PlanEnd, Type, "Child in need plan ended",
                    string.IsNullOrWhiteSpace(p.EndReason) ? [] : [$"Reason: {p.EndReason}"]));
            }
        }

        return events;
    }
}
