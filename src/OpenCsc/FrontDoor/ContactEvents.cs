using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Codes;
using OpenCsc.Data;

namespace OpenCsc.FrontDoor;

/// <summary>Contacts about the child: who got in touch, the BRAG rating and the threshold decision.</summary>
public sealed class ContactEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("contacts", "Contacts");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var contacts = await db.Contacts.AsNoTracking()
            .Where(x => x.ChildId == childId)
            .Select(x => new
            {
                x.ReceivedAt,
                x.Source,
                x.BragFirst,
                x.BragFinal,
                x.DecisionAt,
                x.Outcome,
                x.Concern,
                x.DecisionRationale,
                DecidedBy = x.DecidedBy == null ? null : x.DecidedBy.FirstName + " " + x.DecidedBy.LastName,
            })
            .ToListAsync(cancellationToken);
        foreach (var c in contacts)
        {
            var details = new List<string> { $"Source: {ReferralSources.Codes.Describe(c.Source)}" };
            if (c.Concern is not null)
            {
                details.Add($"Concern: {c.Concern}");
            }

            if (c.BragFirst is { } first)
            {
                details.Add($"BRAG rating: first {JourneyLabels.Of(first)}" + (c.BragFinal is { } final ? $", final {JourneyLabels.Of(final)}" : ""));
            }

            details.Add(c.Outcome is { } outcome ? $"Outcome: {JourneyLabels.Of(outcome)}" : "Outcome: awaiting decision");
            if (c.DecisionAt is { } decidedAt)
            {
                details.Add($"Decided {Formatting.DateTime(decidedAt)}" + (c.DecidedBy is null ? "" : $" by {c.DecidedBy}"));
            }

            if (c.DecisionRationale is not null)
            {
                details.Add($"Rationale: {c.DecisionRationale}");
            }

            events.Add(new ChronologyEvent(DateOnly.FromDateTime(c.ReceivedAt), TimeOnly.FromDateTime(c.ReceivedAt), ChronologyStage.Contact, Type, "Contact received", details));
        }

        return events;
    }
}
