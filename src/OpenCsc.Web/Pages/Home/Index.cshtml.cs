using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.Web.Borough;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Home;

public sealed class IndexModel(AppDbContext db, CurrentAuthority currentAuthority, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public AuthoritySummary? Authority { get; private set; }

    public Headlines? Headlines { get; private set; }

    /// <summary>Break-glass accesses by the manager's people waiting for their review.</summary>
    public int BreakGlassToReview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Authority = await currentAuthority.GetAsync(cancellationToken);
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Headlines = await new BoroughHeadlines(db).AsAtAsync(today, cancellationToken);
        if (staff.User is { } user)
        {
            BreakGlassToReview = await ListBreakGlassAccesses.CountToReviewAsync(db, user, cancellationToken);
        }
    }
}
