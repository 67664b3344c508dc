using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Data;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>The improvement plan's data dashboard: every indicator's latest figure against target, with its trend.</summary>
[Authorize(Policy = PagePolicies.AggregateFigures)]
public sealed class IndexModel(AppDbContext db, DashboardData data) : PageModel
{
    public DashboardFilter Filter { get; private set; } = null!;

    public IReadOnlyList<DashboardIndicator> Indicators { get; private set; } = [];

    public DateTimeOffset ComputedAt { get; private set; }

    public async Task OnGetAsync(string? asOf, string? team, CancellationToken cancellationToken)
    {
        Filter = await DashboardFilter.ReadAsync(db, data.Today, asOf, team, cancellationToken);
        (Indicators, ComputedAt) = await data.GetAsync(Filter.AsOf, Filter.TeamId, DashboardFilter.Months, cancellationToken);
    }
}
