using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>Legal orders: made and ended.</summary>
public sealed class LegalOrderEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("legal-orders", "Legal orders");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var orders = await db.LegalOrders.AsNoTracking()
            .Where(o => o.ChildId == childId)
            .Select(o => new { o.Kind, o.DateMade, o.EndDate })
            .ToListAsync(cancellationToken);
        foreach (var o in orders)
        {
            string kind = JourneyLabels.Of(o.Kind);
            events.Add(new ChronologyEvent(o.DateMade, null, ChronologyStage.LegalOrder, Type, $"{kind} made", []));
            if (o.EndDate is { } end)
            {
                events.Add(new ChronologyEvent(end, null, ChronologyStage.LegalOrderEnd, Type, $"{kind} ended", []));
            }
        }

        return events;
    }
}
