using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.Visits;

/// <summary>Statutory visits: seen, seen alone, and whether recorded late.</summary>
public sealed class VisitEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("visits", "Visits");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.ChildId == childId)
            .Select(v => new
            {
                v.Kind,
                v.VisitDate,
                v.RecordedAt,
                v.ChildSeen,
                v.SeenAlone,
                v.Note,
                Worker = v.Worker == null ? null : v.Worker.FirstName + " " + v.Worker.LastName,
            })
            .ToListAsync(cancellationToken);
        foreach (var v in visits)
        {
            var details = new List<string>
            {
                $"Child seen: {Formatting.YesNo(v.ChildSeen)}",
                $"Seen alone: {Formatting.YesNo(v.SeenAlone)}",
            };
            if (v.Worker is not null)
            {
                details.Add($"Worker: {v.Worker}");
            }

            if (IsRecordedLate(v.VisitDate, v.RecordedAt))
            {
                details.Add($"Recorded late: recorded {Formatting.DateTime(v.RecordedAt)}");
            }

            if (v.Note is not null)
            {
                details.Add($"Note: {v.Note}");
            }

            events.Add(new ChronologyEvent(v.VisitDate, null, ChronologyStage.Visit, Type, JourneyLabels.Of(v.Kind), details));
        }

        return events;
    }

    /// <summary>A visit is recorded late when the day it was recorded is more than one day after the visit.</summary>
    public static bool IsRecordedLate(DateOnly visitDate, DateTime recordedAt) => DateOnly.FromDateTime(recordedAt) > visitDate.AddDays(1);
}
