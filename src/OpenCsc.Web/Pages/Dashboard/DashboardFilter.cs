using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>
/// The dashboard's filter: the as-at date (today, or the end of one of the last 24 months) and a team (by who held
/// each child's case on the event's date). Values that are not on offer fall back to the defaults.
/// </summary>
public sealed record DashboardFilter(DateOnly AsOf, long? TeamId, IReadOnlyList<DateOnly> Dates, IReadOnlyList<(long Id, string Name)> Teams)
{
    public const int Months = 24;

    public string? TeamName => Teams.FirstOrDefault(t => t.Id == TeamId).Name;

    public static async Task<DashboardFilter> ReadAsync(AppDbContext db, DateOnly today, string? asOf, string? team, CancellationToken cancellationToken)
    {
        var dates = new List<DateOnly> { today };
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        for (int i = 0; i < Months; i++)
        {
            dates.Add(monthEnd);
            monthEnd = new DateOnly(monthEnd.Year, monthEnd.Month, 1).AddDays(-1);
        }

        var teams = (await db.Teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => (t.Id, t.Name)).ToList();
        DateOnly chosen = DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) && dates.Contains(d) ? d : today;
        long? teamId = long.TryParse(team, NumberStyles.None, CultureInfo.InvariantCulture, out long t) && teams.Any(x => x.Id == t) ? t : null;
        return new DashboardFilter(chosen, teamId, dates, teams);
    }

    /// <summary>The query string that keeps this filter on links between the dashboard's pages.</summary>
    public string Query(params (string Key, string? Value)[] more)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("asOf", AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) };
        if (TeamId is { } id)
        {
            pairs.Add(new("team", id.ToString(CultureInfo.InvariantCulture)));
        }

        pairs.AddRange(more.Select(m => new KeyValuePair<string, string?>(m.Key, m.Value)));
        return QueryString.Create(pairs).ToUriComponent();
    }
}
