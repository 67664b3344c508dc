using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.Supervision;

/// <summary>One person a manager supervises: their caseload today and when they were last supervised.</summary>
public sealed record Supervisee(long WorkerId, string Name, WorkerRole Role, int Caseload, DateOnly? LastSupervised, DateOnly? NextDue, bool Overdue);

/// <summary>
/// Who a manager supervises: the workers in post whose manager they are and, for a team manager, everyone else in
/// their team. Each with their caseload and the date of their last supervision, due again
/// <see cref="RecordSupervision.ExpectedEveryDays"/> days later (overdue from the day after).
/// </summary>
public static class Supervisees
{
    public static IQueryable<Worker> Of(AppDbContext db, long managerId, long? managerTeamId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Workers.Where(w => w.Id != managerId && w.StartDate <= today && (w.EndDate == null || w.EndDate > today)
            && (w.ManagerId == managerId || (managerTeamId != null && w.TeamId == managerTeamId)));
    }

    public static async Task<IReadOnlyList<Supervisee>> ListAsync(AppDbContext db, long managerId, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        long? team = await TeamManagedAsync(db, managerId, cancellationToken);
        var rows = await Of(db, managerId, team, today)
            .OrderBy(w => w.LastName).ThenBy(w => w.FirstName)
            .Select(w => new
            {
                w.Id,
                w.FirstName,
                w.LastName,
                w.Role,
                Caseload = db.Allocations.Count(a => a.WorkerId == w.Id && a.StartDate <= today && (a.EndDate == null || a.EndDate > today)),
                Last = db.SupervisionSessions.Where(s => s.WorkerId == w.Id).Max(s => (DateOnly?)s.Date),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            DateOnly? due = r.Last?.AddDays(RecordSupervision.ExpectedEveryDays);
            return new Supervisee(r.Id, r.FirstName + " " + r.LastName, r.Role, r.Caseload, r.Last, due, due is null || due < today);
        }).ToList();
    }

    /// <summary>The team a team manager manages (their own team); null for a head of service, who supervises by line only.</summary>
    public static async Task<long?> TeamManagedAsync(AppDbContext db, long managerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Workers.Where(w => w.Id == managerId && w.Role == WorkerRole.TeamManager).Select(w => w.TeamId).FirstOrDefaultAsync(cancellationToken);
    }
}
