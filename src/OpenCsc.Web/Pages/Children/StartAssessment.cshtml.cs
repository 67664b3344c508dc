using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Calendar;
using OpenCsc.ChildInNeed;
using OpenCsc.Data;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Start an assessment on the open referral of a child in scope: practitioners.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class StartAssessmentModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts, StatutoryTimescales timescales) : RecordingPageModel
{
    /// <summary>The working days an assessment is due within, as the hint states them.</summary>
    public int AssessmentWorkingDays => timescales.AssessmentWorkingDays;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Offer(new Dictionary<string, string?>(DateValues(clock.Today())));
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
        DateOnly? start = form.Date(nameof(StartAssessmentCommand.StartDate), "start", "the date the assessment started", required: true, notAfter: context.Today);
        DateOnly? seen = form.Date(nameof(StartAssessmentCommand.ChildSeenDate), "seen", "the date the child was seen", required: false, "seenDay", "seenMonth", "seenYear", notAfter: context.Today);

        // The factors are checked by the use case, with the referral, so that every problem shows at once.
        IReadOnlyList<string> factors = form.Many("factors");
        form.Link(nameof(StartAssessmentCommand.Factors), "factors");
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        return await SaveOnceAsync(db, context, () => StartAssessment.RunAsync(db, context, new StartAssessmentCommand(id, start!.Value, seen, factors), cancellationToken), form, assessment =>
        {
            int days = context.Timescales.AssessmentWorkingDays;
            DateOnly due = context.Calendar.AddWorkingDays(assessment.StartDate, days);
            return $"Assessment started on {Formatting.Date(assessment.StartDate)}: it is due for authorisation by {Formatting.Date(due)} ({days.ToString(Formatting.EnGb)} working days).";
        }, _ => ChildUrl, cancellationToken);
    }
}
