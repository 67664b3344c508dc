using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Start a child in need plan from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class StartCinPlanModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await OpenChildAsync(db, staff, id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        DateOnly? start = form.Date(nameof(StartCinPlanCommand.StartDate), "start", "the date the plan started", required: true, notAfter: context.Today);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        return await SaveOnceAsync(db, context, () => StartCinPlan.RunAsync(db, context, new StartCinPlanCommand(id, start!.Value), cancellationToken), form, plan => $"Child in need plan from {Formatting.Date(plan.StartDate)} recorded.", _ => ChildUrl, cancellationToken);
    }
}
