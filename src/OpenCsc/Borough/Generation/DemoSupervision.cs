using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Supervision;

namespace OpenCsc.Borough.Generation;

/// <summary>
/// Supervision for the synthetic borough, made from its workforce and allocations once they are written: each
/// case-holding worker in post on the as-of day was supervised by their manager every four weeks over the last three
/// months, with a decision on up to two of the children they held that day; one worker in six has missed the latest
/// session, so supervision shows as overdue. Deterministic: the same borough gets the same supervision.
/// </summary>
public static class DemoSupervision
{
    private static readonly string[] Discussions =
    [
        "Caseload reviewed against the visit tracker. Reflected on working with a family who avoid contact; agreed to use the team's direct work tools. Wellbeing discussed: manageable.",
        "Discussed court work pressure and the timetable for the final evidence. Reflected on hearing the child's voice in statements. Training on chronologies booked.",
        "Reviewed each child's plan for drift. Reflected on a difficult home visit and the response to hostility. Agreed protected time to write up assessments.",
        "Learning from the recent case-file audit discussed; the worker's records graded good. Development: preparing for the senior practitioner role.",
    ];

    private static readonly string[] Decisions =
    [
        "Plan is progressing. Next statutory visit to be brought forward and the child seen alone; update the chronology.",
        "Drift in the plan: convene a core group or network meeting within 10 working days and agree a contingency.",
        "Assessment to be completed and submitted for authorisation; include the views of the school and health visitor.",
        "Risk is reducing. Consider stepping down at the next review; seek the child's and parents' views first.",
        "Missing episodes this month: make sure the return home interview is offered and share the findings with the exploitation panel.",
        "Placement is stable. Life story work to start; ask the IRO to note progress at the next review.",
    ];

    public static async Task<(long Sessions, long Decisions)> WriteAsync(DatabaseSettings settings, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DateOnly from = asOf.AddDays(-3 * RecordSupervision.ExpectedEveryDays - 7);
        List<(long Id, long ManagerId)> workers;
        ILookup<long, (long ChildId, DateOnly Start, DateOnly? End)> held;
        await using (AppDbContext db = AppDatabase.CreateContext(settings))
        {
            workers = (await db.Workers.AsNoTracking()
                .Where(w => w.IsCaseHolding && w.ManagerId != null && w.StartDate <= from && (w.EndDate == null || w.EndDate > asOf))
                .OrderBy(w => w.Id).Select(w => new { w.Id, Manager = w.ManagerId!.Value }).ToListAsync(cancellationToken))
                .Select(w => (w.Id, w.Manager)).ToList();
            held = (await db.Allocations.AsNoTracking()
                .Where(a => a.WorkerId != null && a.StartDate <= asOf && (a.EndDate == null || a.EndDate > from))
                .Select(a => new { Worker = a.WorkerId!.Value, a.ChildId, a.StartDate, a.EndDate }).ToListAsync(cancellationToken))
                .ToLookup(a => a.Worker, a => (a.ChildId, a.StartDate, a.EndDate));
        }

        var sessions = new List<SupervisionSession>();
        var decisions = new List<CaseDecision>();
        for (int i = 0; i < workers.Count; i++)
        {
            (long worker, long manager) = workers[i];
            for (int k = i % 6 == 5 ? 1 : 0; k < 3; k++)
            {
                DateOnly date = asOf.AddDays(-(i % 7) - 2 - (k * RecordSupervision.ExpectedEveryDays));
                var session = new SupervisionSession
                {
                    Id = sessions.Count + 1,
                    WorkerId = worker,
                    SupervisorId = manager,
                    Date = date,
                    Discussion = Discussions[(i + k) % Discussions.Length],
                };
                sessions.Add(session);
                foreach ((long child, int n) in held[worker].Where(h => h.Start <= date && (h.End == null || h.End > date))
                    .Select(h => h.ChildId).Distinct().Order().Skip(k).Take(2).Select((c, n) => (c, n)))
                {
                    decisions.Add(new CaseDecision
                    {
                        Id = decisions.Count + 1,
                        SupervisionSessionId = session.Id,
                        ChildId = child,
                        Decision = Decisions[(int)((child + k + n) % Decisions.Length)],
                        ActionsBy = n == 0 ? date.AddDays(14) : null,
                    });
                }
            }
        }

        await using BulkWriter writer = await BulkWriter.OpenAsync(settings, cancellationToken);
        await writer.WriteAsync(sessions, "system:seed", cancellationToken);
        await writer.WriteAsync(decisions, "system:seed", cancellationToken);
        await writer.CompleteAsync(cancellationToken);
        return (sessions.Count, decisions.Count);
    }
}
