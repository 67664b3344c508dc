using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;
using OpenCsc.Returns.Validation;

namespace OpenCsc.DataQuality;

/// <summary>A rule's failures in a run, explained queries left out.</summary>
public sealed record RuleCount(string Rule, RuleType Type, string Message, int Count);

/// <summary>Errors and queries in a run for one team or worker (null: nobody holds the case).</summary>
public sealed record HolderCount(long? Id, string? Name, string? Team, int Errors, int Queries);

/// <summary>One failure as the rule's page lists it.</summary>
public sealed record FailureRow(
    long Id, string Rule, RuleType Type, string TableName, int Row, long? ChildId, string? LaChildId, string? ChildName, string? Worker, string? Team, string Message);

/// <summary>A run's totals, for the trend.</summary>
public sealed record RunTotals(long Id, DateTime RanAt, int Errors, int Queries);

/// <summary>
/// What the data quality pages show of a run: counts by rule, team and worker (aggregates, for everyone who sees the
/// trackers), and the failures behind a rule, named by child only where the person may see the child (need-to-know,
/// in the query). A query explained for a child stops counting and showing for that child and rule.
/// </summary>
public sealed class ListDataQuality(AppDbContext db)
{
    public Task<ValidationRun?> LatestRunAsync(string collection, CancellationToken cancellationToken = default) =>
        db.ValidationRuns.AsNoTracking().Where(r => r.Collection == collection).OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The run's failures that still need looking at: errors, and queries nobody has explained.</summary>
    public IQueryable<DataQualityFailure> Outstanding(ValidationRun run, long? team = null, long? worker = null)
    {
        string collection = run.Collection;
        var explained = db.ExplainedQueries.Where(e => e.Collection == collection);
        IQueryable<DataQualityFailure> failures = db.DataQualityFailures.AsNoTracking()
            .Where(f => f.ValidationRunId == run.Id)
            .Where(f => f.Type == RuleType.Error || !explained.Any(e => e.Rule == f.Rule && e.ChildId == f.ChildId));
        if (team is { } t)
        {
            failures = failures.Where(f => f.TeamId == t);
        }

        if (worker is { } w)
        {
            failures = failures.Where(f => f.WorkerId == w);
        }

        return failures;
    }

    public async Task<IReadOnlyList<RuleCount>> ByRuleAsync(ValidationRun run, long? team = null, long? worker = null, CancellationToken cancellationToken = default) =>
        (await Outstanding(run, team, worker)
            .GroupBy(f => new { f.Rule, f.Type })
            .Select(g => new { g.Key.Rule, g.Key.Type, Message = g.Max(f => f.Message), Count = g.Count() })
            .ToListAsync(cancellationToken))
        .OrderBy(r => r.Type).ThenByDescending(r => r.Count).ThenBy(r => r.Rule, StringComparer.Ordinal)
        .Select(r => new RuleCount(r.Rule, r.Type, r.Message ?? "", r.Count)).ToList();

    public async Task<IReadOnlyList<HolderCount>> ByTeamAsync(ValidationRun run, CancellationToken cancellationToken = default)
    {
        var counts = await Outstanding(run)
            .GroupBy(f => f.TeamId)
            .Select(g => new { Team = g.Key, Errors = g.Count(f => f.Type == RuleType.Error), Queries = g.Count(f => f.Type == RuleType.Query) })
            .ToListAsync(cancellationToken);
        var names = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return [.. counts.Select(c => new HolderCount(c.Team, c.Team is { } id ? names.GetValueOrDefault(id) : null, null, c.Errors, c.Queries))
            .OrderByDescending(c => c.Errors).ThenByDescending(c => c.Queries).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<HolderCount>> ByWorkerAsync(ValidationRun run, long? team = null, CancellationToken cancellationToken = default)
    {
        var counts = await Outstanding(run, team)
            .GroupBy(f => new { f.WorkerId, f.TeamId })
            .Select(g => new { g.Key.WorkerId, g.Key.TeamId, Errors = g.Count(f => f.Type == RuleType.Error), Queries = g.Count(f => f.Type == RuleType.Query) })
            .ToListAsync(cancellationToken);
        var workers = await db.Workers.AsNoTracking().Select(w => new { w.Id, Name = w.FirstName + " " + w.LastName }).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return [.. counts.Select(c => new HolderCount(c.WorkerId, c.WorkerId is { } w ? workers.GetValueOrDefault(w) : null, c.TeamId is { } t ? teams.GetValueOrDefault(t) : null, c.Errors, c.Queries))
            .OrderByDescending(c => c.Errors).ThenByDescending(c => c.Queries).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The failures of one rule the person may see (<paramref name="visible"/>: their need-to-know scope), at most
    /// <paramref name="limit"/>, and how many there are in all (seen or not).
    /// </summary>
    public async Task<(IReadOnlyList<FailureRow> Rows, int Shown, int Total)> FailuresAsync(
        ValidationRun run, string rule, IQueryable<long> visible, long? team = null, long? worker = null, int limit = 500, CancellationToken cancellationToken = default)
    {
        IQueryable<DataQualityFailure> ofRule = Outstanding(run, team, worker).Where(f => f.Rule == rule);
        int total = await ofRule.CountAsync(cancellationToken);
        IQueryable<DataQualityFailure> seen = ofRule.Where(f => f.ChildId != null && visible.Contains(f.ChildId.Value));
        int shown = await seen.CountAsync(cancellationToken);
        var rows = await (from f in seen
                          join c in db.Children on f.ChildId equals c.Id
                          orderby c.LastName, c.FirstName, f.TableName, f.Row
                          select new FailureRow(
                              f.Id, f.Rule, f.Type, f.TableName, f.Row, f.ChildId, f.LaChildId, c.FirstName + " " + c.LastName,
                              db.Workers.Where(w => w.Id == f.WorkerId).Select(w => w.FirstName + " " + w.LastName).FirstOrDefault(),
                              db.Teams.Where(t => t.Id == f.TeamId).Select(t => t.Name).FirstOrDefault(),
                              f.Message))
            .Take(limit)
            .ToListAsync(cancellationToken);
        return (rows, shown, total);
    }

    /// <summary>The last <paramref name="count"/> runs' totals, oldest first, explained queries left out.</summary>
    public async Task<IReadOnlyList<RunTotals>> TrendAsync(string collection, string? rule = null, int count = 12, CancellationToken cancellationToken = default)
    {
        var runs = await db.ValidationRuns.AsNoTracking().Where(r => r.Collection == collection)
            .OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);
        var totals = new List<RunTotals>();
        foreach (ValidationRun run in runs.AsEnumerable().Reverse())
        {
            IQueryable<DataQualityFailure> failures = Outstanding(run);
            if (rule is not null)
            {
                failures = failures.Where(f => f.Rule == rule);
            }

            var counts = await failures.GroupBy(f => f.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            totals.Add(new RunTotals(run.Id, run.RanAt,
                counts.Where(c => c.Key == RuleType.Error).Sum(c => c.Count), counts.Where(c => c.Key == RuleType.Query).Sum(c => c.Count)));
        }

        return totals;
    }
}
