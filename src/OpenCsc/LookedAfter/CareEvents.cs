using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Codes;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>Periods of care (became and ceased to be looked after) and their episodes.</summary>
public sealed class CareEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("care", "Periods of care and episodes");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var periods = await db.PeriodsOfCare.AsNoTracking()
            .Where(p => p.ChildId == childId)
            .Select(p => new { p.Id, p.StartDate, p.EndDate, p.PermanencePlan })
            .ToListAsync(cancellationToken);
        var episodes = await db.CareEpisodes.AsNoTracking()
            .Where(e => e.ChildId == childId)
            .Select(e => new
            {
                e.PeriodOfCareId,
                e.StartDate,
                e.EndDate,
                e.ReasonForNewEpisode,
                e.LegalStatus,
                e.CategoryOfNeed,
                e.PlacementType,
                e.PlacementProvider,
                e.ReasonEpisodeCeased,
                e.ReasonForPlacementChange,
            })
            .ToListAsync(cancellationToken);

        foreach (var p in periods)
        {
            var details = new List<string>();
            if (!string.IsNullOrWhiteSpace(p.PermanencePlan))
            {
                details.Add($"Permanence plan: {p.PermanencePlan}");
            }

            events.Add(new ChronologyEvent(p.StartDate, null, ChronologyStage.PeriodOfCareStart, Type, "Became looked after", details));
            if (p.EndDate is { } end)
            {
                // The reason care ended is the reason the period's last episode ceased.
                var last = episodes.Where(e => e.PeriodOfCareId == p.Id).MaxBy(e => e.StartDate);
                events.Add(new ChronologyEvent(end, null, ChronologyStage.PeriodOfCareEnd, Type, "Ceased to be looked after",
                    [$"Reason: {ReasonsEpisodeCeased.Codes.Describe(last?.ReasonEpisodeCeased)}"]));
            }
        }

        foreach (var e in episodes)
        {
            var details = new List<string>
            {
                $"Reason for new episode: {ReasonsForNewEpisode.Codes.Describe(e.ReasonForNewEpisode)}",
                $"Legal status: {LegalStatuses.Codes.Describe(e.LegalStatus)}",
                $"Placement type: {PlacementTypes.Codes.Describe(e.PlacementType)}",
            };
            if (e.PlacementProvider is not null)
            {
                details.Add($"Provider: {PlacementProviders.Codes.Describe(e.PlacementProvider)}");
            }

            details.Add($"Category of need: {PrimaryNeeds.Codes.Describe(e.CategoryOfNeed)}");
            if (e.ReasonForPlacementChange is not null)
            {
                details.Add($"Reason for placement change: {ReasonsForPlacementChange.Codes.Describe(e.ReasonForPlacementChange)}");
            }

            if (e.EndDate is { } end)
            {
                details.Add($"Ended {Formatting.Date(end)}: {ReasonsEpisodeCeased.Codes.Describe(e.ReasonEpisodeCeased)}");
            }

            events.Add(new ChronologyEvent(e.StartDate, null, ChronologyStage.CareEpisode, Type, "Care episode", details));
        }

        return events;
    }
}
