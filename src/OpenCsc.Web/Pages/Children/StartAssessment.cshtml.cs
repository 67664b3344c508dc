using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Start an assessment on the open referral of a child in scope: practitioners.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class StartAssessmentModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string ChildName { get; private set; } = "";

    public StartAssessmentForm Form { get; private set; } = StartAssessmentForm.Empty;

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
        Form = StartAssessmentForm.Empty with { Day = today.Day.ToString(Formatting.EnGb), Month = today.Month.ToString(Formatting.EnGb), Year = today.Year.ToString(Formatting.EnGb) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? day, string? month, string? year, string? seenDay, string? seenMonth, string? seenYear, string[]? factors, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new StartAssessmentForm(day, month, year, seenDay, seenMonth, seenYear, factors ?? []);
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var (assessment, problems) = await StartAssessment.RunAsync(db, id, staff.User?.WorkerId, Form, today, cancellationToken);
        if (assessment is null)
        {
            Errors = problems.Select(p => new FieldError(p.Field, p.Message)).ToList();
            return Page();
        }

        DateOnly due = OpenCsc.Calendar.WorkingDayCalendar.EnglandAndWales().AddWorkingDays(assessment.StartDate, 45);
        Saved = $"Assessment started on {Formatting.Date(assessment.StartDate)}: it is due for authorisation by {Formatting.Date(due)} (45 working days).";
        return Redirect("/children/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        ChildId = id;
        if (await staff.RefusalForChildAsync(db, id, cancellationToken) is int refused)
        {
            return StatusCode(refused);
        }

        ChildName = await db.Children.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstAsync(cancellationToken);
        return null;
    }
}
