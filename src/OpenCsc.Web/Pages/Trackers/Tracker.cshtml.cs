using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Trackers;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Security;

namespace OpenCsc.Web.Pages.Trackers;

/// <summary>
/// One tracker's open items as at today (or another date, to see what was due then), most urgent first, 50 to a page, filtered by team and worker; the whole
/// filtered list as a CSV file.
/// </summary>
[Authorize(Policy = PagePolicies.Trackers)]
public sealed class TrackerModel(AppDbContext db, TimeProvider clock, CurrentStaff staff, TimescalesProvider timescales, ShownChildren shown) : PageModel
{
    public Tracker Tracker { get; private set; } = null!;

    /// <summary>The as-at date: today unless another was asked for.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>The as-at date for links (yyyy-MM-dd), or null when it is today.</summary>
    public string? AsOfParam { get; private set; }

    public string? AsOfError { get; private set; }

    public long? Team { get; private set; }

    public long? Worker { get; private set; }

    public FilterOptions Options { get; private set; } = new([], []);

    public TrackerList List { get; private set; } = null!;

    /// <summary>The timescales in force, for the tracker's rule.</summary>
    public StatutoryTimescales Timescales { get; private set; } = StatutoryTimescales.Default;

    public IReadOnlyList<TrackerItem> PageItems { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public string Path => "/trackers/" + Tracker.Slug;

    public async Task<IActionResult> OnGetAsync(string slug, string? team, string? worker, string? asOf, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, team, worker, asOf, cancellationToken))
        {
            return NotFound();
        }

        Options = await FilterOptions.LoadAsync(db, Today, Team, Worker, cancellationToken);
        // "page" is a route value in Razor Pages, so the page number is read from the query string directly.
        int page = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : 1;
        PageCount = Math.Max(1, (List.Items.Count + TrackerDisplay.PageSize - 1) / TrackerDisplay.PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        PageItems = List.Items.Skip((PageNumber - 1) * TrackerDisplay.PageSize).Take(TrackerDisplay.PageSize).ToList();
        shown.Children(PageItems.Select(i => i.ChildId));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string slug, string? team, string? worker, string? asOf, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, team, worker, asOf, cancellationToken))
        {
            return NotFound();
        }

        // A byte order mark, so that spreadsheets read the names as UTF-8.
        byte[] csv = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(WriteTrackerCsv.Write(List.Items))];
        string fileName = $"{Tracker.Slug}-{Formatting.IsoDate(Today)}.csv";
        shown.Exported($"tracker {Tracker.Slug}", List.Items.Select(i => i.ChildId), ("file", fileName), ("rows", List.Items.Count));
        return File(csv, "text/csv", fileName);
    }

    public string PageUrl(int page) => TrackerDisplay.Url(Path, Team, Worker, page, asOf: AsOfParam);

    private async Task<bool> LoadAsync(string slug, string? team, string? worker, string? asOf, CancellationToken cancellationToken)
    {
        if (TrackerCatalogue.Find(slug) is not { } tracker)
        {
            return false;
        }

        Tracker = tracker;
        DateOnly today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        (Today, AsOfError) = TrackerDisplay.AsOf(asOf, today);
        AsOfParam = Today == today ? null : Formatting.IsoDate(Today);
        Team = TrackerDisplay.Id(team);
        Worker = TrackerDisplay.Id(worker);
        TimescalesInForce inForce = await timescales.CurrentAsync(db, cancellationToken);
        Timescales = inForce.Timescales;
        List = await new ListTrackerItems(TrackerQuery.For(db, inForce)).RunAsync(tracker, new TrackerFilter(Today, Team, Worker, (await staff.ScopeAsync(cancellationToken)).ChildIds(db)), cancellationToken);
        return true;
    }
}
