using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;
using OpenCsc.Workforce;

namespace OpenCsc.Web.Pages.Children;

/// <summary>A worker a manager may allocate to, with the children they hold today.</summary>
public sealed record AllocatableWorker(long Id, string Name, string Team, int Caseload);

/// <summary>A team manager (or head of service) allocates or reallocates a child in their scope to a worker.</summary>
[Authorize(Policy = PagePolicies.ManagerDecisions)]
public sealed class AllocateModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    public string? CurrentHolder { get; private set; }

    /// <summary>The allocation the form shows (empty when none), carried so a save knows what it replaces.</summary>
    public string ShownAllocation { get; private set; } = "";

    /// <summary>The row version of the allocation shown (of the child when none).</summary>
    public string Version { get; private set; } = "";

    public IReadOnlyList<AllocatableWorker> Workers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        Offer(new Dictionary<string, string?>(DateValues(clock.Today())));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        long? worker = form.Id(nameof(AllocateChildCommand.WorkerId), "worker", "Select a worker in your team");
        DateOnly? date = form.Date(nameof(AllocateChildCommand.Date), "date", "the date of the allocation", required: true, notAfter: context.Today);
        long? shown = form.Id(nameof(AllocateChildCommand.ShownAllocationId), "allocation", AllocateChild.ConflictMessage, required: false, id: "worker");
        if (!form.IsValid)
        {
            await LoadAsync(cancellationToken, form);
            return Invalid(form);
        }

        string name = await db.Workers.Where(w => w.Id == worker).Select(w => w.FirstName + " " + w.LastName).FirstOrDefaultAsync(cancellationToken) ?? "the worker";
        var command = new AllocateChildCommand(id, worker!.Value, date!.Value, shown, form.Version());
        RecordingResult<Allocation> result = await AllocateChild.RunAsync(db, context, command, cancellationToken);
        IActionResult shownPage = Show(result, form, _ => $"Allocated to {name}.", _ => ChildUrl);
        if (!result.IsSaved)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken, IsConflict ? null : form);
        }

        return shownPage;
    }

    /// <summary>
    /// The current holder and the workers to choose from; the allocation and version the form carries are what it
    /// now shows, unless the form is shown again for its own mistakes (then what it showed when opened).
    /// </summary>
    private async Task LoadAsync(CancellationToken cancellationToken, FormReader? posted = null)
    {
        DateOnly today = clock.Today();
        var current = await AllocateChild.Current(db.Allocations.AsNoTracking(), ChildId, today)
            .Select(a => new { a.Id, a.RowVersion, Holder = (a.Worker == null ? "No worker" : a.Worker.FirstName + " " + a.Worker.LastName) + ", " + a.Team!.Name, a.StartDate })
            .FirstOrDefaultAsync(cancellationToken);
        int version = current?.RowVersion ?? await db.Children.Where(c => c.Id == ChildId).Select(c => c.RowVersion).FirstAsync(cancellationToken);
        ShownAllocation = posted?.Raw("allocation") ?? current?.Id.ToString(CultureInfo.InvariantCulture) ?? "";
        Version = posted?.Raw("version") ?? version.ToString(CultureInfo.InvariantCulture);
        CurrentHolder = current is null ? null : $"{current.Holder}, since {Formatting.Date(current.StartDate)}";
        IQueryable<long> allowed = AllocateChild.AllowedWorkers(db, staff.User!, today);
        var open = db.Allocations.Where(a => a.StartDate <= today && (a.EndDate == null || a.EndDate > today));
        Workers = await db.Workers.AsNoTracking().Where(w => allowed.Contains(w.Id))
            .OrderBy(w => w.LastName).ThenBy(w => w.FirstName)
            .Select(w => new AllocatableWorker(w.Id, w.FirstName + " " + w.LastName, w.Team!.Name, open.Count(a => a.WorkerId == w.Id)))
            .ToListAsync(cancellationToken);
    }
}
