using Microsoft.EntityFrameworkCore;
using OpenCsc.Children.Chronology;
using OpenCsc.Data;

namespace OpenCsc.Supervision;

/// <summary>Decisions about the child made in a worker's supervision.</summary>
public sealed class SupervisionDecisionEvents : IChronologySource
{
    public ChronologyType Type { get; } = new("supervision", "Decisions in supervision");

    public async Task<IReadOnlyList<ChronologyEvent>> ReadAsync(AppDbContext db, long childId, CancellationToken cancellationToken)
    {
        var events = new List<ChronologyEvent>();
        var decisions = await db.CaseDecisions.AsNoTracking()
            .Where(d => d.ChildId == childId)
            .Select(d => new
            {
                d.SupervisionSession!.Date,
                d.Decision,
                d.ActionsBy,
                Worker = d.SupervisionSession.Worker!.FirstName + " " + d.SupervisionSession.Worker.LastName,
                Supervisor = d.SupervisionSession.Supervisor!.FirstName + " " + d.SupervisionSession.Supervisor.LastName,
            })
            .ToListAsync(cancellationToken);
        foreach (var d in decisions)
        {
            var details = new List<string> { $"Supervision of {d.Worker} by {d.Supervisor}", d.Decision };
            if (d.ActionsBy is { } by)
            {
                details.Add($"Actions due by {Formatting.Date(by)}");
            }

            events.Add(new ChronologyEvent(d.Date, null, ChronologyStage.SupervisionDecision, Type, "Decision in supervision", details));
        }

        return events;
    }
}
