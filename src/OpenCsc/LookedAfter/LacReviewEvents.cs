using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Codes;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>Looked-after child reviews: participation and who chaired.</summary>
public sealed class LacReviewEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("cla-reviews", "Looked-after reviews");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var reviews = await db.LacReviews.AsNoTracking()
            .Where(r => r.ChildId == childId)
            .Select(r => new { r.Date, r.ParticipationCode, Iro = r.Iro == null ? null : r.Iro.FirstName + " " + r.Iro.LastName })
            .ToListAsync(cancellationToken);
        foreach (var r in reviews)
        {
            var details = new List<string> { $"Participation: {ParticipationCodes.Codes.Describe(r.ParticipationCode)}" };
            if (r.Iro is not null)
            {
                details.Add($"Chaired by: {r.Iro}");
            }

            events.Add(new ChronologyEvent(r.Date, null, ChronologyStage.LacReview, Type, "Looked-after child review", details));
        }

        return events;
    }
}
