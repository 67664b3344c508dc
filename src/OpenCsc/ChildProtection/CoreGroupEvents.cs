using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>Core group meetings of the child's protection plans.</summary>
public sealed class CoreGroupEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("core-groups", "Core groups");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var meetings = await db.CoreGroupMeetings.AsNoTracking()
            .Where(m => m.ChildProtectionPlan!.ChildId == childId)
            .Select(m => new { m.Date, PlanStart = m.ChildProtectionPlan!.StartDate })
            .ToListAsync(cancellationToken);
        foreach (var m in meetings)
        {
            events.Add(new ChronologyEvent(m.Date, null, ChronologyStage.CoreGroup, Type, "Core group meeting",
                [$"Child protection plan started {Formatting.Date(m.PlanStart)}"]));
        }

        return events;
    }
}
