using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>End a child protection plan of a child in scope: practitioners (a CP chair included).</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class EndCpPlanModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public long PlanId { get; private set; }

    public string ChildName { get; private set; } = "";

    public CpPlanSummary Plan { get; private set; } = null!;

    public EndCpPlanForm Form { get; private set; } = new(null, null, null, null, null);

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

        Form = new EndCpPlanForm(day, month, year, reason, version);
        var (cin, problems) = await EndChildProtectionPlan.RunAsync(db, plan, Form, RecordingPages.Today(clock), cancellationToken);
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

        Saved = cin is null
            ? $"Child protection plan ended: {reason!.ToLowerInvariant()}."
            : $"Child protection plan ended: a child in need plan started on {Formatting.Date(cin.StartDate)}.";
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
