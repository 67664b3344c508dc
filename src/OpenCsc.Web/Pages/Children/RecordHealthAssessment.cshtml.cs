using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record a looked-after child's health assessment or dental check: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class RecordHealthAssessmentModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
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
        HealthAssessmentKind? kind = form.Choice<HealthAssessmentKind>(nameof(RecordHealthAssessmentCommand.Kind), "kind", RecordHealthAssessment.KindMessage);
        DateOnly? date = form.Date(nameof(RecordHealthAssessmentCommand.Date), "date", "the date of the health assessment", required: true, notAfter: context.Today);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        return await SaveOnceAsync(db, context, () => RecordHealthAssessment.RunAsync(db, context, new RecordHealthAssessmentCommand(id, kind!.Value, date!.Value), cancellationToken), form, assessment => $"{JourneyLabels.Of(assessment.Kind)} on {Formatting.Date(assessment.Date)} recorded.", _ => ChildUrl, cancellationToken);
    }
}
