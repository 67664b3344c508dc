using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Supervision;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Supervision;

/// <summary>One child of the worker's caseload, as the supervision form lists it.</summary>
public sealed record CaseloadChild(long ChildId, string Name, string LaChildId);

/// <summary>
/// A manager records a supervision session with someone they supervise, with a decision for each child discussed.
/// Only the children of the worker's caseload that the manager may see are listed, and only they are read back.
/// </summary>
[Authorize(Policy = PagePolicies.Supervision)]
public sealed class RecordModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long WorkerId { get; private set; }

    public string WorkerName { get; private set; } = "";

    public IReadOnlyList<CaseloadChild> Caseload { get; private set; } = [];

    public SupervisionForm Form { get; private set; } = SupervisionForm.Empty;

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    public CaseDecisionForm? CaseFor(long childId) => Form.Cases.FirstOrDefault(c => c.ChildId == childId);

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long worker, CancellationToken cancellationToken)
    {
        if (await LoadAsync(worker, cancellationToken) is { } refused)
        {
            return refused;
        }

        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Form = SupervisionForm.Empty with { Day = today.Day.ToString(Formatting.EnGb), Month = today.Month.ToString(Formatting.EnGb), Year = today.Year.ToString(Formatting.EnGb) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long worker, string? day, string? month, string? year, string? discussion, CancellationToken cancellationToken)
    {
        if (await LoadAsync(worker, cancellationToken) is { } refused)
        {
            return refused;
        }

        string? Field(string name) => Request.Form.TryGetValue(name, out var value) ? value.ToString() : null;
        var cases = Caseload.Select(c =>
        {
            string id = c.ChildId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new CaseDecisionForm(c.ChildId, Field("decision-" + id), Field("byDay-" + id), Field("byMonth-" + id), Field("byYear-" + id));
        }).ToList();
        Form = new SupervisionForm(day, month, year, discussion, cases);
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var (session, problems) = await RecordSupervision.RunAsync(db, worker, staff.User!.WorkerId!.Value, Form, today, cancellationToken);
        if (session is null)
        {
            Errors = problems.Select(p => new FieldError(p.Field, p.Message)).ToList();
            return Page();
        }

        Saved = $"Supervision with {WorkerName} on {Formatting.Date(session.Date)} recorded, with {session.CaseDecisions.Count} case decision{(session.CaseDecisions.Count == 1 ? "" : "s")}.";
        return Redirect("/supervision");
    }

    private async Task<IActionResult?> LoadAsync(long worker, CancellationToken cancellationToken)
    {
        WorkerId = worker;
        if (staff.User?.WorkerId is not { } manager)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        long? team = await Supervisees.TeamManagedAsync(db, manager, cancellationToken);
        var person = await Supervisees.Of(db, manager, team, today).Where(w => w.Id == worker)
            .Select(w => new { w.FirstName, w.LastName }).FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return await db.Workers.AnyAsync(w => w.Id == worker, cancellationToken) ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        WorkerName = person.FirstName + " " + person.LastName;
        var scope = await staff.ScopeAsync(cancellationToken);
        IQueryable<long> visible = scope.ChildIds(db);
        Caseload = (await db.Allocations.AsNoTracking()
            .Where(a => a.WorkerId == worker && a.StartDate <= today && (a.EndDate == null || a.EndDate > today) && visible.Contains(a.ChildId))
            .OrderBy(a => a.Child!.LastName).ThenBy(a => a.Child!.FirstName)
            .Select(a => new { a.ChildId, a.Child!.FirstName, a.Child.LastName, a.Child.LaChildId })
            .ToListAsync(cancellationToken))
            .Select(c => new CaseloadChild(c.ChildId, c.FirstName + " " + c.LastName, c.LaChildId)).ToList();
        return null;
    }
}
