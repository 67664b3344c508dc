using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>What the manager sees of the assessment they are deciding on.</summary>
public sealed record AssessmentSummary(DateOnly Start, string? Worker, DateOnly? Seen, IReadOnlyList<string> Factors, DateOnly? Authorised, string? AuthorisedBy, AssessmentOutcome? Outcome, string? Rationale);

/// <summary>
/// A team manager or head of service authorises an assessment of a child in their scope: outcome, date and the
/// rationale nothing is authorised without.
/// </summary>
[Authorize(Policy = PagePolicies.ManagerDecisions)]
public sealed class AuthoriseAssessmentModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public long AssessmentId { get; private set; }

    public string ChildName { get; private set; } = "";

    public AssessmentSummary Assessment { get; private set; } = null!;

    public AuthorisationForm Form { get; private set; } = new(null, null, null, null, null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, long assessment, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, assessment, cancellationToken) is { } refused)
        {
            return refused;
        }

        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Form = new AuthorisationForm(null, today.Day.ToString(Formatting.EnGb), today.Month.ToString(Formatting.EnGb), today.Year.ToString(Formatting.EnGb), null, null, null, null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long assessment, string? outcome, string? day, string? month, string? year, string? seenDay, string? seenMonth, string? seenYear, string? rationale, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, assessment, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new AuthorisationForm(outcome, day, month, year, seenDay, seenMonth, seenYear, rationale);
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var (saved, errors) = await AuthoriseAssessment.RunAsync(db, assessment, staff.User?.WorkerId, Form, today, cancellationToken);
        if (!saved)
        {
            Errors = errors.Select(e => new FieldError(e.FieldId, e.Message)).ToList();
            return Page();
        }

        Saved = $"Assessment authorised: {JourneyLabels.Of(Enum.Parse<AssessmentOutcome>(outcome!)).ToLowerInvariant()}.";
        return Redirect("/children/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(long id, long assessment, CancellationToken cancellationToken)
    {
        ChildId = id;
        AssessmentId = assessment;
        // Need-to-know first: nothing of the record is read for a child out of scope.
        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        AssessmentSummary? summary = await db.Assessments.AsNoTracking().Where(a => a.Id == assessment && a.ChildId == id)
            .Select(a => new AssessmentSummary(
                a.StartDate,
                a.Worker == null ? null : a.Worker.FirstName + " " + a.Worker.LastName,
                a.ChildSeenDate,
                a.Factors.OrderBy(f => f.Code).Select(f => f.Code).ToList(),
                a.AuthorisationDate,
                a.AuthorisedBy == null ? null : a.AuthorisedBy.FirstName + " " + a.AuthorisedBy.LastName,
                a.Outcome,
                a.AuthorisationRationale))
            .FirstOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        Assessment = summary;
        ChildName = await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        return null;
    }
}
