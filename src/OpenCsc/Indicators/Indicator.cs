using OpenCsc.Workforce;

namespace OpenCsc.Indicators;

/// <summary>What an indicator's value is.</summary>
public enum IndicatorUnit
{
    /// <summary>Numerator over denominator, as a fraction (0.57 is 57%).</summary>
    Percent,

    /// <summary>A count of children or events; no denominator.</summary>
    Count,

    /// <summary>A count per 10,000 children in the population (the denominator is the population).</summary>
    RatePer10000,

    /// <summary>Numerator over denominator as a plain average (e.g. children per worker).</summary>
    Average,
}

/// <summary>Which direction is good.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,

    /// <summary>Neither: a volume to watch (contacts, open plans).</summary>
    Neutral,
}

/// <summary>
/// One performance indicator: its definition in words, its target, and the query that finds the rows behind it
/// for a period. Each definition is one class in <c>Indicators/Definitions</c>, named by its stable code.
/// The rows are computed in the database; <see cref="ComputeIndicators"/> counts them, breaks them down and lists
/// the children behind them.
/// </summary>
public abstract class Indicator
{
    /// <summary>The stable code, e.g. ASSESSMENTS_45WD.</summary>
    public abstract string Code { get; }

    public abstract string Title { get; }

    /// <summary>What the numerator counts, in words.</summary>
    public abstract string Numerator { get; }

    /// <summary>What the denominator counts, in words; null for a count.</summary>
    public abstract string? Denominator { get; }

    public abstract IndicatorUnit Unit { get; }

    public abstract Polarity Polarity { get; }

    /// <summary>The default target, in the unit's terms (a fraction for a percentage); null when there is none.</summary>
    public virtual double? DefaultTarget => null;

    /// <summary>The timescale rule the indicator applies, in words, with the setting's value.</summary>
    public abstract string Timescale(IndicatorSettings settings);

    /// <summary>Whose definition this is: the DfE's, Ofsted's, or a local standard.</summary>
    public abstract string DefinedBy { get; }

    /// <summary>
    /// Measured over the period (events in it) or as at its last day (a snapshot). Snapshots are computed for the
    /// period's end date.
    /// </summary>
    public virtual bool IsSnapshot => false;

    /// <summary>
    /// The rows behind the figure for the period: one per member of the denominator (for a count or a rate, one per
    /// member of the numerator), each saying whether it is in the numerator, with the child and the date of the event
    /// (the date by which a breakdown finds who held the case).
    /// </summary>
    public abstract IQueryable<IndicatorRow> Rows(IndicatorQuery query, ReportingPeriod period);

    /// <summary>
    /// For an average over staff (<see cref="IndicatorUnit.Average"/>, e.g. caseloads): the workers in the denominator
    /// for the period, each counted in their own team and service; null when the denominator is the rows themselves.
    /// </summary>
    public virtual IQueryable<Worker>? DenominatorWorkers(IndicatorQuery query, ReportingPeriod period) => null;
}
