using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Web.Pages.Trackers;

public sealed record FilterOption(long Id, string Name);

/// <summary>
/// The choices in the trackers' filters: every team; the case-holding workers in post on the day, in the chosen team
/// when there is one (and the chosen worker, should they have left).
/// </summary>
public sealed record FilterOptions(IReadOnlyList<FilterOption> Teams, IReadOnlyList<FilterOption> Workers)
{
    public static async Task<FilterOptions> LoadAsync(AppDbContext db, DateOnly day, long? team, long? worker, CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new FilterOption(t.Id, t.Name)).ToListAsync(cancellationToken);
        var workers = await db.Workers.AsNoTracking()
            .Where(w => (w.IsCaseHolding && w.StartDate <= day && (w.EndDate == null || w.EndDate > day) && (team == null || w.TeamId == team)) || w.Id == worker)
            .OrderBy(w => w.LastName).ThenBy(w => w.FirstName).ThenBy(w => w.Id)
            .Select(w => new FilterOption(w.Id, w.FirstName + " " + w.LastName))
            .ToListAsync(cancellationToken);
        return new FilterOptions(teams, workers);
    }
}
