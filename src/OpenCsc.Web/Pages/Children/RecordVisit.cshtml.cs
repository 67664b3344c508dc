using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Visits;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Record a visit, from the child's page: one click to open the form, one to save. Only practitioners record, and only
/// on a child in their scope; the form keeps what was typed when a field is wrong.
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordVisitModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    public VisitForm Form { get; private set; } = new(null, null, null, null, null, null, null);

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

        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Form = new VisitForm(await DefaultKindAsync(id, today, cancellationToken), null, null, null, null, null, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? kind, string? day, string? month, string? year, string? seen, string? seenAlone, string? note, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new VisitForm(kind, day, month, year, seen, seenAlone, note);
        db.Actor = staff.User?.DisplayName ?? "unknown";
        var (visit, errors) = await RecordVisit.RunAsync(db, id, staff.User?.WorkerId, Form, clock.GetLocalNow().DateTime, cancellationToken);
        if (visit is null)
        {
            Errors = errors.Select(e => new FieldError(e.FieldId, e.Message)).ToList();
            return Page();
        }

        Saved = $"{RecordVisit.Label(visit.Kind)} on {Formatting.Date(visit.VisitDate)} recorded.";
        return Redirect($"/children/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        ChildId = id;
        // Need-to-know: the child must be in this person's scope, checked before anything of the record is read.
        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        ChildName = await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        return null;
    }

    /// <summary>The kind of visit the child's current status calls for: CP, then looked after, then care leaver, else CIN.</summary>
    private async Task<string> DefaultKindAsync(long id, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.ChildProtectionPlans.AnyAsync(p => p.ChildId == id && p.StartDate <= today && (p.EndDate == null || p.EndDate > today), cancellationToken))
        {
            return nameof(VisitKind.ChildProtection);
        }

        if (await db.PeriodsOfCare.AnyAsync(p => p.ChildId == id && p.StartDate <= today && (p.EndDate == null || p.EndDate > today), cancellationToken))
        {
            return nameof(VisitKind.LookedAfter);
        }

        return await db.CareLeavers.AnyAsync(l => l.ChildId == id, cancellationToken) ? nameof(VisitKind.CareLeaver) : nameof(VisitKind.ChildInNeed);
    }
}
