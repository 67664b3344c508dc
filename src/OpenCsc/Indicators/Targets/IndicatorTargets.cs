using Microsoft.EntityFrameworkCore;
using OpenCsc.Data;

namespace OpenCsc.Indicators.Targets;

/// <summary>The targets in force: the authority's where it has set one, else each indicator's default.</summary>
public sealed class IndicatorTargets(IReadOnlyDictionary<string, double> set)
{
    public static IndicatorTargets Defaults { get; } = new(new Dictionary<string, double>());

    public static async Task<IndicatorTargets> LoadAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.IndicatorTargets.AsNoTracking().ToDictionaryAsync(t => t.IndicatorCode, t => t.Value, StringComparer.Ordinal, cancellationToken));

    public double? For(Indicator indicator) => set.TryGetValue(indicator.Code, out double value) ? value : indicator.DefaultTarget;

    /// <summary>Whether the authority has replaced the default.</summary>
    public bool IsSet(Indicator indicator) => set.ContainsKey(indicator.Code);
}
