using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Recording;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Record that a child became looked after, from the child's page: practitioners, for a child in their scope.</summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class StartPeriodOfCareModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    /// <summary>The id of the notice shown when the child is looked after already (where that problem links).</summary>
    public const string AlreadyLookedAfterId = "already-looked-after";

    /// <summary>When the child's open period of care began, if they are looked after.</summary>
    public DateOnly? LookedAfterSince { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenChildAsync(db, staff, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        LookedAfterSince = await OpenSinceAsync(id, cancellationToken);
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
        form.Link(nameof(StartPeriodOfCareCommand.ChildId), AlreadyLookedAfterId);
        DateOnly? start = form.Date(nameof(StartPeriodOfCareCommand.StartDate), "start", "the date the child became looked after", required: true, notAfter: context.Today);
        string? legalStatus = form.Code(nameof(StartPeriodOfCareCommand.LegalStatus), "legalStatus", Ssda903Codes.LegalStatus.Codes, StartPeriodOfCare.LegalStatusMessage, id: "legal-status");
        string? need = form.Code(nameof(StartPeriodOfCareCommand.CategoryOfNeed), "categoryOfNeed", Ssda903Codes.CategoryOfNeed.Codes, StartPeriodOfCare.CategoryOfNeedMessage, id: "category-of-need");
        string? placement = form.Code(nameof(StartPeriodOfCareCommand.PlacementType), "placement", Ssda903Codes.Place.Codes, StartPeriodOfCare.PlacementMessage);
        string? provider = PlacementFields.Provider(form, nameof(StartPeriodOfCareCommand.PlacementProvider), placement);
        RecordingResult<PeriodOfCare> result;
        if (!form.IsValid)
        {
            LookedAfterSince = await OpenSinceAsync(id, cancellationToken);
            if (LookedAfterSince is not { } since)
            {
                return Invalid(form);
            }

            // The form is gone from the page once the child is looked after: say so, not what was wrong with it.
            result = Recorded.Invalid(nameof(StartPeriodOfCareCommand.ChildId), StartPeriodOfCare.AlreadyLookedAfter(since));
        }
        else
        {
            var command = new StartPeriodOfCareCommand(id, start!.Value, legalStatus!, need!, placement!, provider);
            result = await StartPeriodOfCare.RunAsync(db, context, command, cancellationToken);
            if (!result.IsSaved)
            {
                LookedAfterSince = await OpenSinceAsync(id, cancellationToken);
            }
        }

        return Show(
            result,
            form,
            period => $"Looked after from {Formatting.Date(period.StartDate)} recorded: {LegalStatuses.Codes.Describe(period.Episodes[0].LegalStatus)}, {PlacementTypes.Codes.Describe(period.Episodes[0].PlacementType)}.",
            _ => ChildUrl);
    }

    private Task<DateOnly?> OpenSinceAsync(long id, CancellationToken cancellationToken) =>
        db.PeriodsOfCare.AsNoTracking().Where(p => p.ChildId == id && p.EndDate == null)
            .OrderByDescending(p => p.StartDate).Select(p => (DateOnly?)p.StartDate).FirstOrDefaultAsync(cancellationToken);
}
