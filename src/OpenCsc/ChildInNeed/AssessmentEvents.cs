using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.ChildInNeed;

/// <summary>Assessments: started, the child seen, authorised.</summary>
public sealed class AssessmentEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("assessments", "Assessments");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.ChildId == childId)
            .Select(a => new
            {
                a.StartDate,
                a.ChildSeenDate,
                a.AuthorisationDate,
                a.Outcome,
                Worker = a.Worker == null ? null : a.Worker.FirstName + " " + a.Worker.LastName,
                AuthorisedBy = a.AuthorisedBy == null ? null : a.AuthorisedBy.FirstName + " " + a.AuthorisedBy.LastName,
                a.AuthorisationRationale,
            })
            .ToListAsync(cancellationToken);
        foreach (var a in assessments)
        {
            var started = new List<string>();
            if (a.Worker is not null)
            {
                started.Add($"Worker: {a.Worker}");
            }

            started.Add(a.ChildSeenDate is { } seen ? $"Child seen {Formatting.Date(seen)}" : "Child not seen yet");
            events.Add(new ChronologyEvent(a.StartDate, null, ChronologyStage.AssessmentStart, Type, "Assessment started", started));

            if (a.ChildSeenDate is { } seenDate)
            {
                events.Add(new ChronologyEvent(seenDate, null, ChronologyStage.ChildSeen, Type, "Child seen during assessment",
                    [$"Assessment started {Formatting.Date(a.StartDate)}"]));
            }

            if (a.AuthorisationDate is { } authorised)
            {
                var details = new List<string>
                {
                    a.Outcome is { } outcome ? $"Outcome: {JourneyLabels.Of(outcome)}" : "Outcome: not recorded",
                    $"Authorised by: {Formatting.OrNotRecorded(a.AuthorisedBy)}",
                };
                if (!string.IsNullOrWhiteSpace(a.AuthorisationRationale))
                {
                    details.Add($"Rationale: {a.AuthorisationRationale}");
                }

                events.Add(new ChronologyEvent(authorised, null, ChronologyStage.AssessmentAuthorised, Type, "Assessment authorised", details));
            }
        }

        return events;
    }
}
