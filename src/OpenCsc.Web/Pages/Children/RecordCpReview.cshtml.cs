using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.ChildProtection;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a review conference of a child protection plan of a child in scope: practitioners (a CP chair included).</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordCpReviewModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    private static readonly string[] Decisions = [RecordCpReviewConference.Continue, RecordCpReviewConference.End];

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

        Offer(new Dictionary<string, string?> { ["category"] = Plan.LatestCategory, ["version"] = Plan.Version });
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
        form.Link(nameof(RecordCpReviewConferenceCommand.PlanId), "current");
        DateOnly? date = form.Date(nameof(RecordCpReviewConferenceCommand.Date), "date", "the date of the review conference", required: true, notAfter: context.Today);
        string? decision = form.Code(nameof(RecordCpReviewConferenceCommand.Ends), "decision", Decisions, "Select whether the plan continues or ends");
        string? category = form.Code(nameof(RecordCpReviewConferenceCommand.Category), "category", [.. CategoriesOfAbuse.Codes.Entries.Select(e => e.Code)], "Select the category of abuse");
        bool ends = decision == RecordCpReviewConference.End;
        // Required by the use case when the plan ends, so that a missing reason shows with the date's problems against the plan.
        string? reason = ends
            ? form.Code(nameof(RecordCpReviewConferenceCommand.EndReason), "endReason", EndChildProtectionPlan.Reasons, "Select why the plan ended", required: false, id: "end-reason")
            : null;
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new RecordCpReviewConferenceCommand(id, plan, date!.Value, ends, category!, reason, form.Version());
        var result = await RecordCpReviewConference.RunAsync(db, context, command, cancellationToken);
        IActionResult shown = Show(result, form, recorded => Message(recorded, category!), _ => ChildUrl);
        if (IsConflict)
        {
            await LoadAsync(id, plan, cancellationToken);
        }

        return shown;
    }

    private static string Message(CpReviewRecorded recorded, string category)
    {
        string on = Formatting.Date(recorded.Review.Date);
        return !recorded.Ended
            ? $"Review conference on {on} recorded: the plan continues ({CategoriesOfAbuse.Codes.LabelOrNull(category)?.ToLowerInvariant()})."
            : recorded.SteppedDownTo is null
                ? $"Review conference on {on} recorded: the child protection plan ended that day."
                : $"Review conference on {on} recorded: the child protection plan ended that day and a child in need plan started.";
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
