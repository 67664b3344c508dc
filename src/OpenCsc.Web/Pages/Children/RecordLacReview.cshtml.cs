using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Record a looked-after child's review: practitioners, and the independent reviewing officers who chair the reviews
/// (the recording policy includes them), for a child in their scope.
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordLacReviewModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    /// <summary>The IROs in post, who may have chaired the review.</summary>
    public IReadOnlyList<(string Value, string Text)> Iros { get; private set; } = [];

    public LacReviewForm Form { get; private set; } = new(null, null, null, null, null);

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

        // The chair is most often the person recording, else the child's allocated IRO.
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        string? me = staff.User?.WorkerId?.ToString(CultureInfo.InvariantCulture);
        string? allocated = (await db.IroAllocations.AsNoTracking()
            .Where(a => a.ChildId == id && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
            .OrderByDescending(a => a.StartDate).Select(a => (long?)a.IroId).FirstOrDefaultAsync(cancellationToken))?.ToString(CultureInfo.InvariantCulture);
        string? chair = Iros.Any(i => i.Value == me) ? me : Iros.Any(i => i.Value == allocated) ? allocated : null;
        Form = Form with { Iro = chair };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? day, string? month, string? year, string? participation, string? iro, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new LacReviewForm(day, month, year, participation, iro);
        var (review, problems) = await RecordLacReview.RunAsync(db, id, Form, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken);
        if (review is null)
        {
            Errors = [.. problems.Select(p => new FieldError(p.Field, p.Message))];
            return Page();
        }

        Saved = $"Looked-after review on {Formatting.Date(review.Date)} recorded: {OpenCsc.Codes.ParticipationCodes.Codes.Describe(review.ParticipationCode)}.";
        return Redirect("/children/" + id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        ChildId = id;
        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        ChildName = await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var iros = await RecordLacReview.Iros(db, today).AsNoTracking().OrderBy(w => w.LastName).ThenBy(w => w.FirstName)
            .Select(w => new { w.Id, w.FirstName, w.LastName }).ToListAsync(cancellationToken);
        Iros = [.. iros.Select(w => (w.Id.ToString(CultureInfo.InvariantCulture), w.FirstName + " " + w.LastName))];
        return null;
    }
}
