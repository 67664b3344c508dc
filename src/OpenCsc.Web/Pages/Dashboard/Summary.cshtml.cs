using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>"What are we worried about" and "What is working well": indicators sorted by direction against target.</summary>
[Authorize(Policy = PagePolicies.AggregateFigures)]
public sealed class SummaryModel(AppDbContext db, DashboardData data) : PageModel
{
    public DashboardFilter Filter { get; private set; } = null!;

    public IReadOnlyList<DashboardIndicator> Worried { get; private set; } = [];

    public IReadOnlyList<DashboardIndicator> WorkingWell { get; private set; } = [];

    public IReadOnlyList<DashboardIndicator> ForInformation { get; private set; } = [];

    public async Task OnGetAsync(string? asOf, string? team, CancellationToken cancellationToken)
    {
        Filter = await DashboardFilter.ReadAsync(db, data.Today, asOf, team, cancellationToken);
        var (indicators, _) = await data.GetAsync(Filter.AsOf, Filter.TeamId, DashboardFilter.Months, cancellationToken);
        // The furthest from target first among the worries; the nearest first among what works.
        Worried = indicators.Where(i => i.Direction == Direction.Worried).OrderBy(i => i.Rag).ThenByDescending(Shortfall).ToList();
        WorkingWell = indicators.Where(i => i.Direction == Direction.WorkingWell).OrderBy(i => i.Rag).ThenBy(Shortfall).ToList();
        ForInformation = indicators.Where(i => i.Direction == Direction.ForInformation).ToList();
    }

    private static double Shortfall(DashboardIndicator item) =>
        item.Latest is { Value: { } v, Target: { } t } ? RagRating.Shortfall(item.Indicator, v, t) / Math.Max(Math.Abs(t), 1e-9) : 0;
}
