using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.Workforce;

/// <summary>Allocations to a worker, or held unallocated in a team.</summary>
public sealed class AllocationEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("allocations", "Allocations");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var allocations = await db.Allocations.AsNoTracking()
            .Where(a => a.ChildId == childId)
            .Select(a => new
            {
                a.StartDate,
                a.EndDate,
                Team = a.Team!.Name,
                Worker = a.Worker == null ? null : a.Worker.FirstName + " " + a.Worker.LastName,
            })
            .ToListAsync(cancellationToken);
        foreach (var a in allocations)
        {
            string title = a.Worker is null ? $"Held unallocated in {a.Team}" : $"Allocated to {a.Worker} ({a.Team})";
            events.Add(new ChronologyEvent(a.StartDate, null, ChronologyStage.Allocation, Type, title,
                a.EndDate is { } end ? [$"Until {Formatting.Date(end)}"] : ["Current"]));
        }

        return events;
    }
}
