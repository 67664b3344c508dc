using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.ChildProtection;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a review conference of a child protection plan of a child in scope: practitioners (a CP chair included).</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordCpReviewModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public long PlanId { get; private set; }

    public string ChildName { get; private set; } = "";

    public CpPlanSummary Plan { get; private set; } = null!;

    public CpReviewForm Form { get; private set; } = new(null, null, null, null, null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, long plan, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, plan, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = Form with { Category = Plan.LatestCategory, Version = Plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        long id, long plan, string? day, string? month, string? year, string? decision, string? category, string? endReason, string? version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, plan, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new CpReviewForm(day, month, year, decision, category, endReason, version);
        var (recorded, problems) = await RecordCpReviewConference.RunAsync(db, plan, Form, RecordingPages.Today(clock), cancellationToken);
        if (recorded is null)
        {
            Errors = RecordingPages.Errors(problems);
            if (RecordingPages.IsConflict(problems))
            {
                await LoadAsync(id, plan, cancellationToken);
                Form = Form with { Version = Plan.Version };
            }

            return Page();
        }

        string on = Formatting.Date(recorded.Review.Date);
        Saved = !recorded.Ended
            ? $"Review conference on {on} recorded: the plan continues ({CategoriesOfAbuse.Codes.LabelOrNull(category)?.ToLowerInvariant()})."
            : recorded.SteppedDownTo is null
                ? $"Review conference on {on} recorded: the child protection plan ended that day."
                : $"Review conference on {on} recorded: the child protection plan ended that day and a child in need plan started.";
        return Redirect(RecordingPages.ChildUrl(id));
    }

    private async Task<IActionResult?> LoadAsync(long id, long plan, CancellationToken cancellationToken)
    {
        (ChildId, PlanId) = (id, plan);
        (IActionResult? refused, ChildName) = await RecordingPages.OpenChildAsync(this, db, staff, id, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        CpPlanSummary? summary = await PlanSummaries.CpPlanAsync(db, id, plan, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        Plan = summary;
        return null;
    }
}
