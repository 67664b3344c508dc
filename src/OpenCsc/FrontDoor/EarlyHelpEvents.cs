using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.FrontDoor;

/// <summary>Early help episodes: when each started and ended.</summary>
public sealed class EarlyHelpEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("early-help", "Early help");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var episodes = await db.EarlyHelpEpisodes.AsNoTracking()
            .Where(e => e.ChildId == childId)
            .Select(e => new { e.StartDate, e.EndDate, e.EndReason, Team = e.Team == null ? null : e.Team.Name, e.LeadAgency })
            .ToListAsync(cancellationToken);
        foreach (var e in episodes)
        {
            var details = new List<string>();
            if (e.Team is not null)
            {
                details.Add($"Team: {e.Team}");
            }

            if (e.LeadAgency is not null)
            {
                details.Add($"Lead agency: {e.LeadAgency}");
            }

            events.Add(new ChronologyEvent(e.StartDate, null, ChronologyStage.EarlyHelpStart, Type, "Early help started", details));
            if (e.EndDate is { } end)
            {
                events.Add(new ChronologyEvent(end, null, ChronologyStage.EarlyHelpEnd, Type, "Early help ended",
                    e.EndReason is null ? [] : [$"Reason: {e.EndReason}"]));
            }
        }

        return events;
    }
}
