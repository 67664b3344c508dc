using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>One indicator: its definition, 24 months as a chart and a table, comparators, and a breakdown.</summary>
[Authorize(Policy = PagePolicies.AggregateFigures)]
public sealed class IndicatorModel(AppDbContext db, DashboardData data) : PageModel
{
    public DashboardFilter Filter { get; private set; } = null!;

    public DashboardIndicator Item { get; private set; } = null!;

    public IndicatorBreakdown By { get; private set; }

    public IReadOnlyList<IndicatorGroupValue> Breakdown { get; private set; } = [];

    /// <summary>The indicators' settings with the timescales in force (the definition states the timescale applied).</summary>
    public IndicatorSettings Settings { get; private set; } = IndicatorSettings.Default;

    public async Task<IActionResult> OnGetAsync(string code, string? asOf, string? team, string? by, CancellationToken cancellationToken)
    {
        if (IndicatorCatalogue.Find(code) is not { } indicator)
        {
            return NotFound();
        }

        Filter = await DashboardFilter.ReadAsync(db, data.Today, asOf, team, cancellationToken);
        Settings = await data.SettingsAsync(cancellationToken);
        var (indicators, _) = await data.GetAsync(Filter.AsOf, Filter.TeamId, DashboardFilter.Months, cancellationToken);
        Item = indicators.Single(i => i.Indicator.Code == indicator.Code);
        By = by switch
        {
            "worker" => IndicatorBreakdown.Worker,
            "service" => IndicatorBreakdown.Service,
            _ => IndicatorBreakdown.Team,
        };
        Breakdown = await new ComputeIndicators(db, Settings).BreakdownAsync(indicator, Item.Latest.Period, By, cancellationToken);
        return Page();
    }
}
