using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Recording;
using OpenCsc.Web.Recording;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// Break-glass: a practitioner opens a record outside their scope by saying why. The page names the child by
/// reference only; the record opens after the reason is saved (and the audit trail records it).
/// </summary>
[Authorize(Policy = PagePolicies.RecordOnChildRecords)]
public sealed class BreakGlassModel(AppDbContext db, CurrentStaff staff, RecordingContexts contexts) : RecordingPageModel
{
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
        return await scope.CanSeeAsync(db, id, cancellationToken) ? Redirect(ChildUrl) : Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        ChildId = id;
        RecordingContext context = await contexts.ForRequestAsync(cancellationToken);
        if (await context.Scope.CanSeeAsync(db, id, cancellationToken))
        {
            return Redirect(ChildUrl);
        }

        var form = new FormReader(Request.Form);
        string? reason = form.Text(nameof(OpenByBreakGlassCommand.Reason), "reason", "why you need to open this record", required: true);
        if (!form.IsValid)
        {
            return Invalid(form);
        }

        RecordingResult<BreakGlassAccess> result = await OpenByBreakGlass.RunAsync(db, context, new OpenByBreakGlassCommand(id, reason), cancellationToken);
        switch (result.Outcome)
        {
            case RecordingOutcome.Saved:
                // The record itself says it was opened by break-glass; no saved message.
                return Redirect(ChildUrl);
            case RecordingOutcome.Refused when context.Scope.MayBreakGlass:
                Restricted = true;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
            default:
                return Show(result, form, _ => "", _ => ChildUrl);
        }
    }
}
