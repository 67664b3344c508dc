using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>End a child in need plan of a child in scope: practitioners.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class EndCinPlanModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    public long PlanId { get; private set; }

    public CinPlanSummary Plan { get; private set; } = null!;

    /// <summary>The version the form carries: after a conflict, the plan's as it is now, so that saving again can succeed.</summary>
    public string? Version => IsConflict ? Plan.Version : Value("version");

    public async Task<IActionResult> OnGetAsync(long id, long plan, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, plan, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?> { ["version"] = Plan.Version });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long plan, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, plan, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        DateOnly? end = form.Date(nameof(EndCinPlanCommand.EndDate), "end", "the date the plan ended", required: true, notAfter: context.Today);
        string? reason = form.Code(nameof(EndCinPlanCommand.Reason), "reason", [.. EndCinPlan.Reasons], "Select why the plan ended");
        form.Link(nameof(EndCinPlanCommand.Version), "current");
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var result = await EndCinPlan.RunAsync(db, context, new EndCinPlanCommand(id, plan, end!.Value, reason!, form.Version()), cancellationToken);
        return Show(result, form, ended => $"Child in need plan ended: {ended.EndReason!.ToLowerInvariant()}.", _ => ChildUrl);
    }

    private async Task<IActionResult?> LoadAsync(long id, long plan, CancellationToken cancellationToken)
    {
        PlanId = plan;
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
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
