using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.BreakGlass;

/// <summary>
/// Break-glass accesses to review: a team manager or head of service sees those of their people and marks each as
/// reviewed; a QA auditor reads them all.
/// </summary>
[Authorize(Policy = PagePolicies.BreakGlassReview)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public IReadOnlyList<BreakGlassRow> Rows { get; private set; } = [];

    public bool ShowReviewed { get; private set; }

    public bool MayAcknowledge { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public string LocalTime(DateTime utc) => Formatting.DateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, clock.LocalTimeZone));

    public async Task OnGetAsync([FromQuery(Name = "reviewed")] bool reviewed, CancellationToken cancellationToken)
    {
        StaffUser user = staff.User!;
        ShowReviewed = reviewed;
        MayAcknowledge = ListBreakGlassAccesses.Acknowledges(user.Role);
        Rows = await ListBreakGlassAccesses.RunAsync(db, user, reviewed, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(long access, CancellationToken cancellationToken)
    {
        StaffUser user = staff.User!;
        if (!ListBreakGlassAccesses.Acknowledges(user.Role))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!await AcknowledgeBreakGlass.RunAsync(db, user, access, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return NotFound();
        }

        Saved = "Break-glass access marked as reviewed.";
        return Redirect("/break-glass");
    }
}
