namespace OpenCsc.Children.Chronology;

/// <summary>
/// The order of a journey within one day, so that newest first also holds for events on the same date. Kept in one
/// list, rather than in each source, so the day's order reads in one place.
/// </summary>
public static class ChronologyStage
{
    public const int Contact = 10;
    public const int Referral = 20;
    public const int EarlyHelpStart = 25;
    public const int Allocation = 30;
    public const int AssessmentStart = 40;
    public const int ChildSeen = 41;
    public const int StrategyDiscussion = 50;
    public const int AssessmentAuthorised = 55;
    public const int Section47 = 60;
    public const int Icpc = 70;
    public const int CinPlanStart = 75;
    public const int CpPlanStart = 80;
    public const int CoreGroup = 85;
    public const int CpReview = 90;
    public const int LegalOrder = 95;
    public const int PeriodOfCareStart = 100;
    public const int CareEpisode = 101;
    public const int Visit = 110;
    public const int LacReview = 120;
    public const int Health = 130;
    public const int MissingStart = 140;
    public const int MissingEnd = 141;
    public const int ReturnHomeInterview = 142;
    public const int CareLeaverStatus = 150;
    public const int SupervisionDecision = 155;
    public const int PlanEnd = 160;
    public const int LegalOrderEnd = 165;
    public const int EarlyHelpEnd = 166;
    public const int PeriodOfCareEnd = 170;
    public const int Closure = 180;
}
