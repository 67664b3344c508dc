using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>End a child protection plan of a child in scope: practitioners (a CP chair included).</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class EndCpPlanModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    public long PlanId { get; private set; }

    public CpPlanSummary Plan { get; private set; } = null!;

    /// <summary>The version the form carries: the one it was opened on, or after a conflict the plan's as it is now.</summary>
    public string? FormVersion => IsConflict ? Plan.Version : Value("version");

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
        form.Link(nameof(EndChildProtectionPlanCommand.PlanId), "current");
        DateOnly? end = form.Date(nameof(EndChildProtectionPlanCommand.EndDate), "end", "the date the plan ended", required: true, notAfter: context.Today);
        // Required by the use case, so that a missing reason shows with the date's problems against the plan.
        string? reason = form.Code(nameof(EndChildProtectionPlanCommand.Reason), "reason", EndChildProtectionPlan.Reasons, "Select why the plan ended", required: false);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new EndChildProtectionPlanCommand(id, plan, end!.Value, reason, form.Version());
        var result = await EndChildProtectionPlan.RunAsync(db, context, command, cancellationToken);
        IActionResult shown = Show(result, form, Message, _ => ChildUrl);
        if (IsConflict)
        {
            await LoadAsync(id, plan, cancellationToken);
        }

        return shown;
    }

    private static string Message(CpPlanEnded ended) => ended.SteppedDownTo is { } cin
        ? $"Child protection plan ended: a child in need plan started on {Formatting.Date(cin.StartDate)}."
        : $"Child protection plan ended: {ended.Plan.EndReason!.ToLowerInvariant()}.";

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
