namespace OpenCsc.Calendar;

/// <summary>
/// The statutory and local timescales practice is tracked against, with the statutory (or the seed authority's)
/// defaults. Bound from the "Timescales" configuration section and registered once; every form, tracker, indicator and
/// the demo borough generator read them from here, so a local standard changed in configuration changes them all.
/// </summary>
public sealed record StatutoryTimescales
{
    /// <summary>The configuration section the timescales are bound from.</summary>
    public const string Section = "Timescales";

    /// <summary>Contacts decided within this many working days (MASH standard).</summary>
    public int ContactDecisionWorkingDays { get; init; } = 1;

    /// <summary>Single assessments authorised within this many working days of their start (Working Together 2023).</summary>
    public int AssessmentWorkingDays { get; init; } = 45;

    /// <summary>ICPC within this many working days of the strategy discussion that started the s47 (Working Together 2023).</summary>
    public int IcpcWorkingDays { get; init; } = 15;

    /// <summary>Return home interview offered within this many hours of the return (statutory guidance, 2014).</summary>
    public int ReturnHomeInterviewHours { get; init; } = 72;

    public static StatutoryTimescales Default { get; } = new();
}
