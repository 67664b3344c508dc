using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Codes;
using OpenCsc.Data;

namespace OpenCsc.CareLeavers;

/// <summary>Care leaver statuses: in touch, activity and accommodation.</summary>
public sealed class CareLeaverStatusEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("care-leaver", "Care leaver statuses");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var statuses = await db.CareLeaverStatuses.AsNoTracking()
            .Where(s => s.ChildId == childId)
            .Select(s => new { s.RecordedOn, s.InTouch, s.Activity, s.Accommodation, s.AccommodationSuitable })
            .ToListAsync(cancellationToken);
        foreach (var s in statuses)
        {
            var details = new List<string> { $"In touch: {CareLeaverCodes.InTouch.Describe(s.InTouch)}" };
            if (s.Activity is not null)
            {
                details.Add($"Activity: {CareLeaverCodes.Activity.Describe(s.Activity)}");
            }

            if (s.Accommodation is not null)
            {
                string suitability = s.AccommodationSuitable switch
                {
                    true => ", suitable",
                    false => ", not suitable",
                    null => "",
                };
                details.Add($"Accommodation: {CareLeaverCodes.Accommodation.Describe(s.Accommodation)}{suitability}");
            }

            events.Add(new ChronologyEvent(s.RecordedOn, null, ChronologyStage.CareLeaverStatus, Type, "Care leaver status recorded", details));
        }

        return events;
    }
}
