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
}
