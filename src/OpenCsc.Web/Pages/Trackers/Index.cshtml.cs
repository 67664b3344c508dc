using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Trackers;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Trackers;

/// <summary>Every tracker with its counts overdue and due soon as at today (or another date), for the authority or one team.</summary>
[Authorize(Policy = PagePolicies.Trackers)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, TimescalesProvider timescales) : PageModel
{
    /// <summary>The as-at date: today unless another was asked for.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>The as-at date for links (yyyy-MM-dd), or null when it is today.</summary>
    public string? AsOfParam { get; private set; }

    public string? AsOfError { get; private set; }

    public long? Team { get; private set; }

    public FilterOptions Options { get; private set; } = new([], []);

    public IReadOnlyList<TrackerList> Lists { get; private set; } = [];

    /// <summary>The timescales in force, for each tracker's rule.</summary>
    public StatutoryTimescales Timescales { get; private set; } = StatutoryTimescales.Default;

    public async Task OnGetAsync(string? team, string? asOf, CancellationToken cancellationToken)
    {
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        (Today, AsOfError) = TrackerDisplay.AsOf(asOf, today);
        AsOfParam = Today == today ? null : Formatting.IsoDate(Today);
        Team = TrackerDisplay.Id(team);
        Options = await FilterOptions.LoadAsync(db, Today, Team, null, cancellationToken);
        TimescalesInForce inForce = await timescales.CurrentAsync(db, cancellationToken);
        Timescales = inForce.Timescales;
        var list = new ListTrackerItems(TrackerQuery.For(db, inForce));
        IQueryable<long> visible = (await staff.ScopeAsync(cancellationToken)).ChildIds(db);
        var lists = new List<TrackerList>();
        foreach (Tracker tracker in TrackerCatalogue.All)
        {
            lists.Add(await list.RunAsync(tracker, new TrackerFilter(Today, Team, Children: visible), cancellationToken));
        }

        Lists = lists;
    }
}
