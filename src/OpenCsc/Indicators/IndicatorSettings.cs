namespace OpenCsc.Indicators;

/// <summary>
/// The local standards the indicators apply, with the seed authority's (or the statutory) defaults. Every indicator
/// that applies one says so in its <see cref="Indicator.Timescale"/>.
/// </summary>
public sealed record IndicatorSettings
{
    /// <summary>Contacts decided within this many working days (MASH standard).</summary>
    public int ContactDecisionWorkingDays { get; init; } = 1;

    /// <summary>Single assessments authorised within this many working days of their start (Working Together 2023).</summary>
    public int AssessmentWorkingDays { get; init; } = 45;

    /// <summary>ICPC within this many working days of the strategy discussion that started the s47 (Working Together 2023).</summary>
    public int IcpcWorkingDays { get; init; } = 15;

    /// <summary>Children on a CP plan seen at least every this many working days (local standard).</summary>
    public int CpVisitWorkingDays { get; init; } = 10;

    /// <summary>Children on a CIN plan seen at least every this many weeks (local standard).</summary>
    public int CinVisitWeeks { get; init; } = 6;

    /// <summary>Initial health assessment within this many working days of becoming looked after (statutory guidance).</summary>
    public int InitialHealthAssessmentWorkingDays { get; init; } = 20;

    /// <summary>Return home interview offered within this many hours of the return (statutory guidance, 2014).</summary>
    public int ReturnHomeInterviewHours { get; init; } = 72;

    /// <summary>
    /// The child population (0-17) for rates per 10,000 when no mid-year estimate is recorded for the period's year.
    /// </summary>
    public int? Population { get; init; }

    public static IndicatorSettings Default { get; } = new();
}
