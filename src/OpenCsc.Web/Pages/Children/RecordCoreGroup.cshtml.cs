using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a core group meeting of a child protection plan of a child in scope: practitioners.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordCoreGroupModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    public long PlanId { get; private set; }

    public CpPlanSummary Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, long plan, CancellationToken cancellationToken) =>
        await LoadAsync(id, plan, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, long plan, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, plan, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        form.Link(nameof(RecordCoreGroupMeetingCommand.PlanId), "current");
        DateOnly? date = form.Date(nameof(RecordCoreGroupMeetingCommand.Date), "date", "the date of the core group meeting", required: true, notAfter: context.Today);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        return await SaveOnceAsync(db, context, () => RecordCoreGroupMeeting.RunAsync(db, context, new RecordCoreGroupMeetingCommand(id, plan, date!.Value), cancellationToken), form, meeting => $"Core group meeting on {Formatting.Date(meeting.Date)} recorded.", _ => ChildUrl, cancellationToken);
    }

    private async Task<IActionResult?> LoadAsync(long id, long plan, CancellationToken cancellationToken)
    {
        PlanId = plan;
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
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
