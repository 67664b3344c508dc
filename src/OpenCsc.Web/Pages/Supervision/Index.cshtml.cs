using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Data;
using OpenCsc.Supervision;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Supervision;

/// <summary>The people a manager supervises, each with caseload, last supervision and when the next is due.</summary>
[Authorize(Policy = PagePolicies.Supervision)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CurrentStaff staff) : PageModel
{
    public IReadOnlyList<Supervisee> People { get; private set; } = [];

    public DateOnly Today { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        People = staff.User?.WorkerId is { } manager ? await Supervisees.ListAsync(db, manager, Today, cancellationToken) : [];
    }
}
