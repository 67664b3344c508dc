using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Data;
using OpenCsc.Web.Borough;

namespace OpenCsc.Web.Pages.Home;

public sealed class IndexModel(AppDbContext db, CurrentAuthority currentAuthority, TimeProvider clock) : PageModel
{
    public AuthoritySummary? Authority { get; private set; }

    public Headlines? Headlines { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Authority = await currentAuthority.GetAsync(cancellationToken);
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Headlines = await new BoroughHeadlines(db).AsAtAsync(today, cancellationToken);
    }
}
