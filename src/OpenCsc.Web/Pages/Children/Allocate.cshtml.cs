using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;
using OpenCsc.Workforce;

namespace OpenCsc.Web.Pages.Children;

/// <summary>A worker a manager may allocate to, with the children they hold today.</summary>
public sealed record AllocatableWorker(long Id, string Name, string Team, int Caseload);

/// <summary>A team manager (or head of service) allocates or reallocates a child in their scope to a worker.</summary>
[Authorize(Policy = PagePolicies.ManagerDecisions)]
public sealed class AllocateModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    public string? CurrentHolder { get; private set; }

    public string OpenedOn { get; private set; } = "none";

    public IReadOnlyList<AllocatableWorker> Workers { get; private set; } = [];

    public string? Worker { get; private set; }

    public (string? Day, string? Month, string? Year) Date { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        DateOnly today = Today;
        Date = (today.Day.ToString(Formatting.EnGb), today.Month.ToString(Formatting.EnGb), today.Year.ToString(Formatting.EnGb));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? worker, string? day, string? month, string? year, string? openedOn, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        (Worker, Date) = (worker, (day, month, year));
        IReadOnlyList<AllocationFieldError> errors = await AllocateChild.RunAsync(db, id, await AllowedAsync(cancellationToken), worker, day, month, year, openedOn, Today, cancellationToken);
        if (errors.Count > 0)
        {
            Errors = errors.Select(e => new FieldError(e.FieldId, e.Message)).ToList();
            db.ChangeTracker.Clear();
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        string name = Workers.FirstOrDefault(w => w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == worker)?.Name ?? "the worker";
        Saved = $"Allocated to {name}.";
        return Redirect("/children/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>A team manager's team's workers in post; a head of service's, of every team in their services.</summary>
    private async Task<IQueryable<long>> AllowedAsync(CancellationToken cancellationToken)
    {
        StaffUser user = staff.User!;
        long own = user.WorkerId ?? -1;
        DateOnly today = Today;
        long? team = await db.Workers.Where(w => w.Id == own).Select(w => w.TeamId).FirstOrDefaultAsync(cancellationToken);
        var inPost = db.Workers.Where(w => w.StartDate <= today && (w.EndDate == null || w.EndDate >= today) && w.TeamId != null);
        if (user.Role == StaffRole.HeadOfService)
        {
            var services = db.Services.Where(s => s.HeadOfServiceId == own).Select(s => s.Id);
            return inPost.Where(w => w.TeamId == team || services.Contains(w.Team!.ServiceId)).Select(w => w.Id);
        }

        return inPost.Where(w => w.TeamId == team).Select(w => w.Id);
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        ChildId = id;
        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        DateOnly today = Today;
        ChildName = await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        var current = await db.Allocations.AsNoTracking()
            .Where(a => a.ChildId == id && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, Holder = (a.Worker == null ? "No worker" : a.Worker.FirstName + " " + a.Worker.LastName) + ", " + a.Team!.Name, a.StartDate })
            .FirstOrDefaultAsync(cancellationToken);
        OpenedOn = current?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
        CurrentHolder = current is null ? null : $"{current.Holder}, since {Formatting.Date(current.StartDate)}";
        IQueryable<long> allowed = await AllowedAsync(cancellationToken);
        var open = db.Allocations.Where(a => a.StartDate <= today && (a.EndDate == null || a.EndDate > today));
        Workers = await db.Workers.AsNoTracking().Where(w => allowed.Contains(w.Id))
            .OrderBy(w => w.LastName).ThenBy(w => w.FirstName)
            .Select(w => new AllocatableWorker(w.Id, w.FirstName + " " + w.LastName, w.Team!.Name, open.Count(a => a.WorkerId == w.Id)))
            .ToListAsync(cancellationToken);
        return null;
    }
}
