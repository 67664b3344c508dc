using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Codes;
using OpenCsc.Data;

namespace OpenCsc.ChildInNeed;

/// <summary>CIN episodes: the referral that opened each and its closure.</summary>
public sealed class ReferralEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("referrals", "Referrals and closures");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var episodes = await db.CinEpisodes.AsNoTracking()
            .Where(e => e.ChildId == childId)
            .Select(e => new { e.ReferralDate, e.ReferralSource, e.PrimaryNeedCode, e.ReferralNfa, e.ClosureDate, e.ReasonForClosure })
            .ToListAsync(cancellationToken);
        foreach (var e in episodes)
        {
            var details = new List<string>
            {
                $"Source: {ReferralSources.Codes.Describe(e.ReferralSource)}",
                $"Primary need: {PrimaryNeeds.Codes.Describe(e.PrimaryNeedCode)}",
            };
            if (e.ReferralNfa)
            {
                details.Add("Referral led to no further action");
            }

            events.Add(new ChronologyEvent(e.ReferralDate, null, ChronologyStage.Referral, Type, "Referral: CIN episode opened", details));
            if (e.ClosureDate is { } closed)
            {
                events.Add(new ChronologyEvent(closed, null, ChronologyStage.Closure, Type, "CIN episode closed",
                    [$"Reason: {ReasonsForClosure.Codes.Describe(e.ReasonForClosure)}"]));
            }
        }

        return events;
    }
}
