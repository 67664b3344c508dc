using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.ChildProtection;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a strategy discussion from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordStrategyDiscussionModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?> { ["agencies"] = RecordStrategyDiscussion.Csc });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var context = await contexts.ForRequestAsync(cancellationToken);
        var form = new FormReader(Request.Form);
        DateOnly? date = form.Date(nameof(RecordStrategyDiscussionCommand.Date), "date", "the date of the strategy discussion", required: true, notAfter: context.Today);
        IReadOnlyList<string> agencies = form.Many("agencies");
        form.Link(nameof(RecordStrategyDiscussionCommand.CscTookPart), "agencies");
        // The use case asks for the decision, the rationale and why an agency was absent, with its other rules.
        string? other = form.Text(nameof(RecordStrategyDiscussionCommand.OtherAgencies), "otherAgencies", "the other agencies", required: false, id: "other-agencies");
        string? absent = form.Text(nameof(RecordStrategyDiscussionCommand.AbsentReason), "absentReason", "why police or health did not take part", required: false, id: "absent-reason");
        StrategyDecision? decision = form.Choice<StrategyDecision>(nameof(RecordStrategyDiscussionCommand.Decision), "decision", "Select the decision", required: false);
        string? rationale = form.Text(nameof(RecordStrategyDiscussionCommand.Rationale), "rationale", "the rationale for the decision", required: false);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        var command = new RecordStrategyDiscussionCommand(id, date!.Value,
            agencies.Contains(RecordStrategyDiscussion.Csc), agencies.Contains(RecordStrategyDiscussion.Police),
            agencies.Contains(RecordStrategyDiscussion.Health), agencies.Contains(RecordStrategyDiscussion.Education),
            other, absent, decision, rationale);
        return await SaveOnceAsync(db, context, () => RecordStrategyDiscussion.RunAsync(db, context, command, cancellationToken), form, discussion => $"Strategy discussion on {Formatting.Date(discussion.Date)} recorded.", _ => ChildUrl, cancellationToken);
    }
}
