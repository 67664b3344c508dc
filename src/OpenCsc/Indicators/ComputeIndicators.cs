using Microsoft.EntityFrameworkCore;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Indicators.Targets;

namespace OpenCsc.Indicators;

/// <summary>
/// Computes indicators in the database: for each indicator and period one grouped count over the indicator's rows;
/// breakdowns join those rows to the allocation that held the child's case on the row's date (an allocation holds
/// from its start date up to, not including, its end date, the day the case moved on); the children behind a figure
/// are the rows themselves with the child's name. Working days are counted with the database's calendar table, which
/// start-up and every change of closure days keep in line with the calendar in force (<see cref="TimescalesProvider"/>);
/// computing only reads.
/// </summary>
/// <param name="settings">The timescales in force (<see cref="IndicatorSettings.Timescales"/>) and the rest.</param>
public sealed class ComputeIndicators(AppDbContext db, IndicatorSettings settings)
{
    private readonly IndicatorQuery _query = new(db, settings ?? throw new ArgumentNullException(nameof(settings)));
    private bool _prepared;
    private IndicatorTargets _targets = IndicatorTargets.Defaults;

    public IndicatorSettings Settings => _query.Settings;

    /// <summary>Each indicator for each period, in the order given; only children allocated to the team when one is given.</summary>
    public async Task<IReadOnlyList<IndicatorValue>> ValuesAsync(
        IEnumerable<Indicator> indicators, IReadOnlyList<ReportingPeriod> periods, long? teamId = null, CancellationToken cancellationToken = default)
    {
        await PrepareAsync(cancellationToken);
        var values = new List<IndicatorValue>();
        foreach (Indicator indicator in indicators)
        {
            foreach (ReportingPeriod period in periods)
            {
                IQueryable<IndicatorRow> rows = indicator.Rows(_query, period);
                if (teamId is { } team)
                {
                    rows = rows.Where(r => db.Allocations.Any(a => a.ChildId == r.ChildId && a.TeamId == team
                        && a.StartDate <= r.Date && (a.EndDate == null || a.EndDate > r.Date)));
                }

                var counts = await rows
                    .GroupBy(r => 1)
                    .Select(g => new { Rows = g.Count(), Numerator = g.Count(r => r.InNumerator) })
                    .FirstOrDefaultAsync(cancellationToken);
                long denominator = counts?.Rows ?? 0;
                if (indicator.DenominatorWorkers(_query, period) is { } workers)
                {
                    denominator = await (teamId is { } onlyTeam ? workers.Where(w => w.TeamId == onlyTeam) : workers).LongCountAsync(cancellationToken);
                }

                values.Add(await ValueAsync(indicator, period, counts?.Numerator ?? 0, denominator, teamId is null, cancellationToken));
            }
        }

        return values;
    }

    /// <summary>The figure for each service, team or worker that held the cases behind it, and "Not allocated".</summary>
    public async Task<IReadOnlyList<IndicatorGroupValue>> BreakdownAsync(
        Indicator indicator, ReportingPeriod period, IndicatorBreakdown breakdown, CancellationToken cancellationToken = default)
    {
        await PrepareAsync(cancellationToken);
        IQueryable<IndicatorRow> rows = indicator.Rows(_query, period);
        // The allocation that held the case on the row's date (the latest started, should two overlap), as a scalar
        // subquery: one group per row, and no APPLY (which SQLite lacks).
        var allocations = db.Allocations;
        var held = breakdown switch
        {
            IndicatorBreakdown.Worker => rows.Select(r => new
            {
                r.InNumerator,
                GroupId = allocations.Where(a => a.ChildId == r.ChildId && a.StartDate <= r.Date && (a.EndDate == null || a.EndDate > r.Date))
                    .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).Select(a => a.WorkerId).FirstOrDefault(),
            }),
            IndicatorBreakdown.Team => rows.Select(r => new
            {
                r.InNumerator,
                GroupId = allocations.Where(a => a.ChildId == r.ChildId && a.StartDate <= r.Date && (a.EndDate == null || a.EndDate > r.Date))
                    .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).Select(a => (long?)a.TeamId).FirstOrDefault(),
            }),
            _ => rows.Select(r => new
            {
                r.InNumerator,
                GroupId = allocations.Where(a => a.ChildId == r.ChildId && a.StartDate <= r.Date && (a.EndDate == null || a.EndDate > r.Date))
                    .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).Select(a => (long?)a.Team!.ServiceId).FirstOrDefault(),
            }),
        };
        var groups = await held
            .GroupBy(h => h.GroupId)
            .Select(g => new { GroupId = g.Key, Rows = g.Count(), Numerator = g.Count(h => h.InNumerator) })
            .ToListAsync(cancellationToken);

        if (indicator.DenominatorWorkers(_query, period) is { } workers)
        {
            // An average over staff: the denominator of each group is its workers, not its rows.
            var staff = await (breakdown switch
            {
                IndicatorBreakdown.Worker => workers.GroupBy(w => (long?)w.Id),
                IndicatorBreakdown.Team => workers.GroupBy(w => w.TeamId),
                _ => workers.GroupBy(w => (long?)w.Team!.ServiceId),
            }).Select(g => new { GroupId = g.Key, Workers = g.Count() }).ToListAsync(cancellationToken);
            var numerators = groups.ToDictionary(g => g.GroupId ?? -1, g => g.Numerator);
            var denominators = staff.ToDictionary(s => s.GroupId ?? -1, s => s.Workers);
            groups = numerators.Keys.Union(denominators.Keys)
                .Select(id => new { GroupId = id == -1 ? (long?)null : id, Rows = denominators.GetValueOrDefault(id), Numerator = numerators.GetValueOrDefault(id) })
                .ToList();
        }

        var ids = groups.Where(g => g.GroupId != null).Select(g => g.GroupId!.Value).ToList();
        Dictionary<long, string> names = breakdown switch
        {
            IndicatorBreakdown.Worker => await db.Workers.Where(w => ids.Contains(w.Id))
                .ToDictionaryAsync(w => w.Id, w => w.FirstName + " " + w.LastName, cancellationToken),
            IndicatorBreakdown.Team => await db.Teams.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken),
            _ => await db.Services.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken),
        };

        var result = new List<IndicatorGroupValue>();
        foreach (var g in groups)
        {
            IndicatorValue value = await ValueAsync(indicator, period, g.Numerator, g.Rows, wholeAuthority: false, cancellationToken);
            string name = g.GroupId is { } id ? names.GetValueOrDefault(id, "Unknown") : "Not allocated";
            result.Add(new IndicatorGroupValue(g.GroupId, name, value.Numerator, value.Denominator, value.Value));
        }

        return result.OrderBy(g => g.GroupId is null).ThenBy(g => g.GroupName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The children behind a figure: every row of its denominator (or of its numerator, for a count).</summary>
    /// <param name="within">Need-to-know: only these children are named (null for all).</param>
    public async Task<IReadOnlyList<IndicatorChild>> ChildrenAsync(
        Indicator indicator, ReportingPeriod period, CancellationToken cancellationToken = default, IQueryable<long>? within = null)
    {
        await PrepareAsync(cancellationToken);
        IQueryable<IndicatorRow> rows = indicator.Rows(_query, period);
        if (within is not null)
        {
            rows = rows.Where(r => within.Contains(r.ChildId));
        }

        return await (from r in rows
                      join c in db.Children on r.ChildId equals c.Id
                      orderby r.InNumerator descending, r.Date, c.LaChildId, r.RecordId
                      select new IndicatorChild(c.Id, c.LaChildId, c.FirstName, c.LastName, r.RecordId, r.Date, r.InNumerator))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many rows are behind a figure, named or not (to say how many a person's scope leaves out).</summary>
    public async Task<int> RowCountAsync(Indicator indicator, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        await PrepareAsync(cancellationToken);
        return await indicator.Rows(_query, period).CountAsync(cancellationToken);
    }

    /// <summary>The child population for rates per 10,000: the estimate for the year, else the nearest earlier one, else the setting.</summary>
    public async Task<int?> PopulationAsync(int year, CancellationToken cancellationToken = default)
    {
        int? estimate = await db.PopulationEstimates.Where(p => p.Year <= year).OrderByDescending(p => p.Year)
            .Select(p => (int?)p.Children).FirstOrDefaultAsync(cancellationToken);
        estimate ??= await db.PopulationEstimates.OrderBy(p => p.Year).Select(p => (int?)p.Children).FirstOrDefaultAsync(cancellationToken);
        return estimate ?? Settings.Population;
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (!_prepared)
        {
            if (!await db.CalendarDays.AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("The calendar_days table is empty: start-up fills it (CalendarTable.EnsureAsync) before indicators are computed.");
            }

            _targets = await IndicatorTargets.LoadAsync(db, cancellationToken);
            _prepared = true;
        }
    }

    private async Task<IndicatorValue> ValueAsync(Indicator indicator, ReportingPeriod period, long numerator, long rows, bool wholeAuthority, CancellationToken cancellationToken)
    {
        double? target = _targets.For(indicator);
        switch (indicator.Unit)
        {
            case IndicatorUnit.Count:
                return new IndicatorValue(indicator.Code, period, numerator, null, numerator, target);
            case IndicatorUnit.RatePer10000:
                // A rate is the authority's: a team's share of the population means nothing.
                int? population = wholeAuthority ? await PopulationAsync(period.To.Year, cancellationToken) : null;
                return new IndicatorValue(indicator.Code, period, numerator, population,
                    population is > 0 ? numerator * 10000.0 / population.Value : null, target);
            default:
                return new IndicatorValue(indicator.Code, period, numerator, rows, rows > 0 ? (double)numerator / rows : null, target);
        }
    }
}
