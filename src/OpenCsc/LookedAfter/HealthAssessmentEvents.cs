using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>Health assessments and dental checks.</summary>
public sealed class HealthAssessmentEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("health", "Health assessments");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var assessments = await db.HealthAssessments.AsNoTracking()
            .Where(h => h.ChildId == childId)
            .Select(h => new { h.Date, h.Kind })
            .ToListAsync(cancellationToken);
        foreach (var h in assessments)
        {
            events.Add(new ChronologyEvent(h.Date, null, ChronologyStage.Health, Type, JourneyLabels.Of(h.Kind), []));
        }

        return events;
    }
}
