using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>The children behind a figure: each row of the indicator's denominator for a period, and whether it counted.</summary>
[Authorize(Policy = PagePolicies.ChildRecords)]
public sealed class ChildrenModel(AppDbContext db, DashboardData data, CurrentStaff staff, ShownChildren shown) : PageModel
{
    /// <summary>The most rows listed on the page.</summary>
    public const int Shown = 2000;

    public Indicator Indicator { get; private set; } = null!;

    public DashboardFilter Filter { get; private set; } = null!;

    public ReportingPeriod Period { get; private set; }

    public IReadOnlyList<IndicatorChild> Rows { get; private set; } = [];

    /// <summary>Rows behind the figure for children outside this person's scope.</summary>
    public int NotShown { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? from, string? to, string? asOf, string? team, CancellationToken cancellationToken)
    {
        if (IndicatorCatalogue.Find(code) is not { } indicator)
        {
            return NotFound();
        }

        Indicator = indicator;
        Filter = await DashboardFilter.ReadAsync(db, data.Today, asOf, team, cancellationToken);
        if (!TryDate(from, out DateOnly start) || !TryDate(to, out DateOnly end) || end < start || end.DayNumber - start.DayNumber > 366)
        {
            // A period from a link: the month of the as-at date unless a real period of at most a year is given.
            start = new DateOnly(Filter.AsOf.Year, Filter.AsOf.Month, 1);
            end = Filter.AsOf;
        }

        Period = new ReportingPeriod(start, end);
        // Need-to-know: only the children this person may see are named; the others are counted.
        var compute = new ComputeIndicators(db, await data.SettingsAsync(cancellationToken));
        Rows = await compute.ChildrenAsync(indicator, Period, cancellationToken, (await staff.ScopeAsync(cancellationToken)).ChildIds(db));
        NotShown = await compute.RowCountAsync(indicator, Period, cancellationToken) - Rows.Count;
        shown.Children(Rows.Select(r => r.ChildId));
        return Page();
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
