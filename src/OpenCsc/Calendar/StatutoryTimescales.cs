namespace OpenCsc.Calendar;

/// <summary>
/// The statutory and local timescales practice is tracked against, with the statutory (or the seed authority's)
/// defaults. Bound from the "Timescales" configuration section; a system administrator may override each one
/// (on the timescales page), and every form, tracker, indicator and the demo borough generator read the
/// effective values from the one registered provider, so a local standard changed once changes them all.
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

    /// <summary>Children on a CP plan seen at least every this many working days (local standard).</summary>
    public int CpVisitWorkingDays { get; init; } = 10;

    /// <summary>Children on a CIN plan seen at least every this many weeks (local standard).</summary>
    public int CinVisitWeeks { get; init; } = 6;

    /// <summary>Looked-after children visited within this many days of each placement start (Care Planning Regulations 2010 reg 28: one week).</summary>
    public int ClaVisitFirstDays { get; init; } = 7;

    /// <summary>Then at least every this many weeks in a placement's first year, and after it unless long-term (reg 28).</summary>
    public int ClaVisitWeeks { get; init; } = 6;

    /// <summary>In a long-term placement after its first year, at least every this many months (reg 28).</summary>
    public int ClaLongTermVisitMonths { get; init; } = 3;

    /// <summary>Care leavers seen by their personal adviser at least every this many weeks (Care Leavers (England) Regulations 2010 reg 8).</summary>
    public int CareLeaverVisitWeeks { get; init; } = 8;

    /// <summary>First CLA review within this many working days of becoming looked after (reg 33).</summary>
    public int ClaFirstReviewWorkingDays { get; init; } = 20;

    /// <summary>Second CLA review within this many months of the first (reg 33).</summary>
    public int ClaSecondReviewMonths { get; init; } = 3;

    /// <summary>Later CLA reviews at most this many months apart (reg 33).</summary>
    public int ClaLaterReviewMonths { get; init; } = 6;

    /// <summary>Initial health assessment within this many working days of becoming looked after (statutory guidance).</summary>
    public int InitialHealthAssessmentWorkingDays { get; init; } = 20;

    /// <summary>Return home interview offered within this many hours of the return (statutory guidance, 2014).</summary>
    public int ReturnHomeInterviewHours { get; init; } = 72;

    /// <summary>Review health assessments of a looked-after child under 5 at most this many months apart (statutory guidance, 2015).</summary>
    public int HealthAssessmentMonthsUnderFive { get; init; } = 6;

    /// <summary>Review health assessments of a looked-after child aged 5 or over at most this many months apart (statutory guidance, 2015).</summary>
    public int HealthAssessmentMonthsFromFive { get; init; } = 12;

    /// <summary>Early help episodes open this many months or more count as long-running (the seed dashboard's 12 months).</summary>
    public int EarlyHelpLongMonths { get; init; } = 12;

    public static StatutoryTimescales Default { get; } = new();
}
