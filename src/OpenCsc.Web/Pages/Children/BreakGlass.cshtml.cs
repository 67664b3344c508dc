using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Break-glass: a practitioner opens a record outside their scope by saying why. The page names the child by
/// reference only; the record opens after the reason is saved (and the audit trail records it).
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class BreakGlassModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public long ChildId { get; private set; }

    public string? Reason { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>Set when the record is restricted: break-glass cannot open it.</summary>
    public bool Restricted { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        ChildId = id;
        if (!await db.Children.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        ChildScope scope = await staff.ScopeAsync(cancellationToken);
        if (await scope.CanSeeAsync(db, id, cancellationToken))
        {
            return Redirect(ChildUrl(id));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? reason, CancellationToken cancellationToken)
    {
        ChildId = id;
        Reason = reason;
        ChildScope scope = await staff.ScopeAsync(cancellationToken);
        if (await scope.CanSeeAsync(db, id, cancellationToken))
        {
            return Redirect(ChildUrl(id));
        }

        var (outcome, _, error) = await OpenByBreakGlass.RunAsync(db, scope, id, reason, clock.GetUtcNow().UtcDateTime, cancellationToken);
        switch (outcome)
        {
            case BreakGlassOutcome.Opened:
                return Redirect(ChildUrl(id));
            case BreakGlassOutcome.ReasonNeeded:
                Errors = [new FieldError("reason", error!)];
                return Page();
            case BreakGlassOutcome.Restricted:
                Restricted = true;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            case BreakGlassOutcome.NoSuchChild:
                return NotFound();
            default:
                return StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    private static string ChildUrl(long id) => "/children/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
