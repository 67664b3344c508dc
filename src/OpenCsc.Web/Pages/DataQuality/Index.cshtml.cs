using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Accounts;
using OpenCsc.Data;
using OpenCsc.DataQuality;
using OpenCsc.Web.Background;
using OpenCsc.Web.Pages.Dashboard;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.DataQuality;

/// <summary>
/// The statutory returns' validation rules run on OpenCSC's own data: the latest run's errors and queries by rule, team
/// and worker, and the trend over the last runs. Performance analysts run the checks on demand.
/// </summary>
[Authorize(Policy = PagePolicies.Trackers)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, DataQualityRunner runner) : PageModel
{
    public ValidationRun? Run { get; private set; }

    public IReadOnlyList<RuleCount> Rules { get; private set; } = [];

    public IReadOnlyList<HolderCount> Teams { get; private set; } = [];

    public IReadOnlyList<HolderCount> Workers { get; private set; } = [];

    public IReadOnlyList<RunTotals> Trend { get; private set; } = [];

    public TrendChartModel? Chart { get; private set; }

    public long? Team { get; private set; }

    /// <summary>The return shown: ssda903 (default) or cin-census.</summary>
    public string Collection { get; private set; } = RunDataQuality.Ssda903;

    public bool MayRun { get; private set; }

    public bool Running => runner.Running;

    public string? Problem => runner.LastProblem;

    public string NightlyAt => runner.Nightly ? runner.NightlyAt.ToString("HH:mm", Formatting.EnGb) : "";

    [TempData]
    public string? Saved { get; set; }

    public string Local(DateTime utc) => Formatting.DateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone));

    public TimeZoneInfo Zone => clock.LocalTimeZone;

    public async Task OnGetAsync(long? team, string? collection, CancellationToken cancellationToken)
    {
        Collection = collection == RunDataQuality.CinCensus ? RunDataQuality.CinCensus : RunDataQuality.Ssda903;
        MayRun = staff.User?.Role == StaffRole.PerformanceAnalyst;
        Team = team;
        var list = new ListDataQuality(db);
        Run = await list.LatestRunAsync(Collection, cancellationToken);
        if (Run is null)
        {
            return;
        }

        Rules = await list.ByRuleAsync(Run, team, cancellationToken: cancellationToken);
        Teams = await list.ByTeamAsync(Run, cancellationToken);
        Workers = await list.ByWorkerAsync(Run, team, cancellationToken);
        Trend = await list.TrendAsync(Collection, cancellationToken: cancellationToken);
        Chart = RunTrendChart.Build("errors-trend", RunDataQuality.Label(Collection) + " errors in each run", Trend, clock.LocalTimeZone);
    }

    public IActionResult OnPost()
    {
        if (staff.User?.Role != StaffRole.PerformanceAnalyst)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Saved = runner.Request(RequestAuditContext.From(HttpContext))
            ? "The checks are running. Refresh this page in a minute or two to see the results."
            : "The checks were already asked for: they run as soon as the current run ends.";
        return Redirect("/data-quality");
    }
}
