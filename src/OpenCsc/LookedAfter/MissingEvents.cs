using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>Missing and absent episodes, the return, and the return home interview.</summary>
public sealed class MissingEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("missing", "Missing episodes and return home interviews");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var episodes = await db.MissingEpisodes.AsNoTracking()
            .Where(m => m.ChildId == childId)
            .Select(m => new
            {
                m.Kind,
                m.StartDate,
                m.EndDate,
                m.ReturnedAt,
                m.RhiOfferedAt,
                m.RhiAccepted,
                m.RhiCompletedAt,
                RhiWorker = m.RhiWorker == null ? null : m.RhiWorker.FirstName + " " + m.RhiWorker.LastName,
            })
            .ToListAsync(cancellationToken);
        foreach (var m in episodes)
        {
            string kind = JourneyLabels.Of(m.Kind);
            events.Add(new ChronologyEvent(m.StartDate, null, ChronologyStage.MissingStart, Type, $"{kind} episode started",
                m.EndDate is null ? ["Not yet returned"] : []));
            if (m.EndDate is { } end)
            {
                events.Add(new ChronologyEvent(end, m.ReturnedAt is { } back ? TimeOnly.FromDateTime(back) : null, ChronologyStage.MissingEnd, Type,
                    $"Returned from {kind.ToLowerInvariant()} episode", [$"Started {Formatting.Date(m.StartDate)}"]));
            }

            if (m.RhiOfferedAt is not null || m.RhiCompletedAt is not null)
            {
                DateTime when = m.RhiCompletedAt ?? m.RhiOfferedAt!.Value;
                var details = new List<string>();
                if (m.RhiOfferedAt is { } offered)
                {
                    details.Add($"Offered {Formatting.DateTime(offered)}");
                }

                details.Add(m.RhiAccepted switch
                {
                    true => "Accepted",
                    false => "Declined",
                    null => "Acceptance not recorded",
                });
                details.Add(m.RhiCompletedAt is { } done ? $"Completed {Formatting.DateTime(done)}" : "Not completed");
                if (m.RhiWorker is not null)
                {
                    details.Add($"Worker: {m.RhiWorker}");
                }

                events.Add(new ChronologyEvent(DateOnly.FromDateTime(when), TimeOnly.FromDateTime(when), ChronologyStage.ReturnHomeInterview, Type, "Return home interview", details));
            }
        }

        return events;
    }
}
