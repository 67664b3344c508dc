using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Caseload;

/// <summary>
/// A practitioner's own caseload, most urgent first, with "Record a visit" beside each child: two clicks to a
/// recorded visit. A team manager or head of service may look at the caseload of a worker in their scope.
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, TimescalesProvider timescales, ShownChildren shown) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<CaseloadRow> Rows { get; private set; } = [];

    /// <summary>Whose caseload: the worker's name, or null when the account is linked to no worker.</summary>
    public string? WorkerName { get; private set; }

    public bool Own { get; private set; }

    /// <summary>The workers of the manager's team, to pick from (empty for others).</summary>
    public IReadOnlyList<(long Id, string Name)> TeamWorkers { get; private set; } = [];

    public long? Worker { get; private set; }

    public async Task OnGetAsync(long? worker, CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        StaffUser user = staff.User!;
        if (user.Role is StaffRole.TeamManager or StaffRole.HeadOfService && user.WorkerId is { } own)
        {
            long? team = await db.Workers.Where(w => w.Id == own).Select(w => w.TeamId).FirstOrDefaultAsync(cancellationToken);
            TeamWorkers = (await db.Workers.Where(OpenCsc.Data.DatedPeriods.OpenOn<OpenCsc.Workforce.Worker>(Today)).Where(w => w.TeamId == team && w.Id != own)
                    .OrderBy(w => w.LastName).ThenBy(w => w.FirstName)
                    .Select(w => new { w.Id, Name = w.FirstName + " " + w.LastName })
                    .ToListAsync(cancellationToken))
                .Select(w => (w.Id, w.Name)).ToList();
        }

        // Someone else's caseload only for a manager, and only a worker of their own team; the children shown are
        // still those in the manager's own scope.
        long? whose = worker is { } asked && TeamWorkers.Any(w => w.Id == asked) ? asked : user.WorkerId;
        Worker = whose == user.WorkerId ? null : whose;
        Own = Worker is null;
        if (whose is not { } id)
        {
            return;
        }

        WorkerName = await db.Workers.Where(w => w.Id == id).Select(w => w.FirstName + " " + w.LastName).FirstOrDefaultAsync(cancellationToken);
        ChildScope scope = await staff.ScopeAsync(cancellationToken);
        Rows = await new CaseloadQuery(db, await timescales.CurrentAsync(db, cancellationToken)).ForWorkerAsync(id, Today, scope.ChildIds(db), cancellationToken);
        shown.Children(Rows.Select(r => r.ChildId));
    }
}
