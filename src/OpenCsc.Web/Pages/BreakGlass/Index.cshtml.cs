using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.BreakGlass;

/// <summary>
/// Break-glass accesses to review: a team manager or head of service sees those of their people and marks each as
/// reviewed; a QA auditor reads them all.
/// </summary>
[Authorize(Policy = PagePolicies.BreakGlassReview)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
    public IReadOnlyList<BreakGlassRow> Rows { get; private set; } = [];

    public bool ShowReviewed { get; private set; }

    public bool MayAcknowledge { get; private set; }

    public string LocalTime(DateTime utc) => Formatting.DateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, clock.LocalTimeZone));

    public async Task OnGetAsync([FromQuery(Name = "reviewed")] bool reviewed, CancellationToken cancellationToken) =>
        await LoadAsync(reviewed, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        if (!ListBreakGlassAccesses.Acknowledges(context.Scope.User.Role))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var form = new FormReader(Request.Form);
        long? access = form.Id(nameof(AcknowledgeBreakGlassCommand.AccessId), "access", "Select an access to mark as reviewed", id: "accesses");
        if (!form.IsValid)
        {
            return NotFound();
        }

        RecordingResult<BreakGlassAccess> result = await AcknowledgeBreakGlass.RunAsync(db, context, new AcknowledgeBreakGlassCommand(access!.Value, form.Version()), cancellationToken);
        IActionResult shown = Show(result, form, _ => "Break-glass access marked as reviewed.", _ => "/break-glass");
        if (result.Outcome is RecordingOutcome.Conflict or RecordingOutcome.Invalid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(reviewed: false, cancellationToken);
        }

        return shown;
    }

    private async Task LoadAsync(bool reviewed, CancellationToken cancellationToken)
    {
        StaffUser user = staff.User!;
        ShowReviewed = reviewed;
        MayAcknowledge = ListBreakGlassAccesses.Acknowledges(user.Role);
        Rows = await ListBreakGlassAccesses.RunAsync(db, user, reviewed, cancellationToken);
    }
}
