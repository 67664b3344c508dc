using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>End a child in need plan of a child in scope: practitioners.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class EndCinPlanModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public long PlanId { get; private set; }

    public string ChildName { get; private set; } = "";

    public CinPlanSummary Plan { get; private set; } = null!;

    public EndCinPlanForm Form { get; private set; } = new(null, null, null, null, null);

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

        Form = Form with { Version = Plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long plan, string? day, string? month, string? year, string? reason, string? version, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, plan, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new EndCinPlanForm(day, month, year, reason, version);
        IReadOnlyList<OpenCsc.Recording.FieldProblem> problems = await EndCinPlan.RunAsync(db, plan, Form, RecordingPages.Today(clock), cancellationToken);
        if (problems.Count > 0)
        {
            Errors = RecordingPages.Errors(problems);
            if (RecordingPages.IsConflict(problems))
            {
                await LoadAsync(id, plan, cancellationToken);
                Form = Form with { Version = Plan.Version };
            }

            return Page();
        }

        Saved = $"Child in need plan ended: {reason!.ToLowerInvariant()}.";
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

        CinPlanSummary? summary = await PlanSummaries.CinPlanAsync(db, id, plan, cancellationToken);
        if (summary is null)
        {
            return NotFound();
        }

        Plan = summary;
        return null;
    }
}
