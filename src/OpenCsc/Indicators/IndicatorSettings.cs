using OpenCsc.Calendar;

namespace OpenCsc.Indicators;

/// <summary>
/// What the indicators work with beyond the database: the timescales (every indicator that applies one says so in its
/// <see cref="Indicator.Timescale"/>), the ages care leavers are counted at, where the records start and the population.
/// </summary>
public sealed record IndicatorSettings
{
    /// <summary>The timescales the indicators apply (see <see cref="StatutoryTimescales"/>).</summary>
    public StatutoryTimescales Timescales { get; init; } = StatutoryTimescales.Default;

    /// <summary>Care leavers are counted from this age (the seed dashboard's 17; the DfE publishes 19 to 21 for activity and accommodation).</summary>
    public int CareLeaverMinimumAge { get; init; } = 17;

    /// <summary>Care leavers are counted up to this age, included (21).</summary>
    public int CareLeaverMaximumAge { get; init; } = 21;

    /// <summary>
    /// The day the authority's records start, when history before it was not brought over from an earlier system; null
    /// when the records are complete. Indicators that follow a sequence (the looked-after child's reviews) do not
    /// guess where a sequence that began before this day stands.
    /// </summary>
    public DateOnly? RecordsStartOn { get; init; }

    /// <summary>
    /// The child population (0-17) for rates per 10,000 when no mid-year estimate is recorded for the period's year.
    /// </summary>
    public int? Population { get; init; }

    public static IndicatorSettings Default { get; } = new();

    /// <summary>The default settings with the timescales in force.</summary>
    public static IndicatorSettings With(TimescalesInForce inForce)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        return new IndicatorSettings { Timescales = inForce.Timescales };
    }
}
