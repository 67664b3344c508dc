using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a core group meeting of a child protection plan of a child in scope: practitioners.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordCoreGroupModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public long PlanId { get; private set; }

    public string ChildName { get; private set; } = "";

    public CpPlanSummary Plan { get; private set; } = null!;

    public CoreGroupForm Form { get; private set; } = new(null, null, null);

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, long plan, CancellationToken cancellationToken) =>
        await LoadAsync(id, plan, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, long plan, string? day, string? month, string? year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, plan, cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = new CoreGroupForm(day, month, year);
        var (meeting, problems) = await RecordCoreGroupMeeting.RunAsync(db, plan, Form, RecordingPages.Today(clock), cancellationToken);
        if (meeting is null)
        {
            Errors = RecordingPages.Errors(problems);
            return Page();
        }

        Saved = $"Core group meeting on {Formatting.Date(meeting.Date)} recorded.";
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
