using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Indicators;
using OpenCsc.Indicators.Comparators;

namespace OpenCsc.Web.Pages.Dashboard;

/// <summary>One indicator on the dashboard: its monthly series (oldest first), the latest figure, RAG, direction and comparators.</summary>
public sealed record DashboardIndicator(
    Indicator Indicator, IReadOnlyList<IndicatorValue> Series, Rag Rag, Direction Direction, IReadOnlyList<Comparator> Comparators)
{
    public IndicatorValue Latest => Series[^1];
}

/// <summary>
/// The dashboard's figures: every indicator for each month up to the as-at date, computed in the database by
/// <see cref="ComputeIndicators"/> and kept for a few minutes (keyed by date, team and months), so that moving
/// between the dashboard's pages does not count everything again. The time they were computed is shown.
/// </summary>
public sealed class DashboardData(AppDbContext db, IMemoryCache cache, TimeProvider clock, TimescalesProvider timescales)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The indicators' settings with the timescales in force.</summary>
    public async Task<IndicatorSettings> SettingsAsync(CancellationToken cancellationToken) =>
        IndicatorSettings.With(await timescales.CurrentAsync(db, cancellationToken));

    public async Task<(IReadOnlyList<DashboardIndicator> Indicators, DateTimeOffset ComputedAt)> GetAsync(
        DateOnly asOf, long? teamId, int months, CancellationToken cancellationToken)
    {
        string key = FormattableString.Invariant($"dashboard:{asOf:yyyy-MM-dd}:{teamId}:{months}");
        if (cache.TryGetValue(key, out (IReadOnlyList<DashboardIndicator>, DateTimeOffset) cached))
        {
            return cached;
        }

        var comparators = (await db.Comparators.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(c => c.IndicatorCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => LatestPerArea(g), StringComparer.OrdinalIgnoreCase);
        var periods = ReportingPeriod.Months(asOf, months);
        var values = await new ComputeIndicators(db, await SettingsAsync(cancellationToken)).ValuesAsync(IndicatorCatalogue.All, periods, teamId, cancellationToken);
        var byCode = values.GroupBy(v => v.Code).ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorValue>)g.ToList());
        var indicators = IndicatorCatalogue.All.Select(i =>
        {
            IReadOnlyList<IndicatorValue> series = byCode[i.Code];
            return new DashboardIndicator(i, series, RagRating.Rate(i, series[^1].Value, series[^1].Target), DirectionOfTravel.Classify(i, series),
                comparators.GetValueOrDefault(i.Code, []));
        }).ToList();
        var result = ((IReadOnlyList<DashboardIndicator>)indicators, clock.GetUtcNow());
        cache.Set(key, result, KeptFor);
        return result;
    }

    /// <summary>Forgets computed figures, e.g. after comparators or a timescale change.</summary>
    public static void Forget(IMemoryCache cache)
    {
        if (cache is MemoryCache memory)
        {
            memory.Clear();
        }
    }

    private static IReadOnlyList<Comparator> LatestPerArea(IEnumerable<Comparator> comparators) =>
        comparators.GroupBy(c => c.Area).Select(g => g.MaxBy(c => c.Year)!)
            .OrderBy(c => AreaOrder(c.Area)).ThenBy(c => c.Area, StringComparer.Ordinal).ToList();

    /// <summary>Statistical neighbours, London, England first; the rest after.</summary>
    public static int AreaOrder(string area) => area switch
    {
        "Statistical neighbours" => 0,
        "London" => 1,
        "England" => 2,
        _ => 3,
    };
}
