using OpenCsc.Indicators.Definitions;

namespace OpenCsc.Indicators;

/// <summary>Every indicator, in the order of the improvement plan's dashboard (the child's journey).</summary>
public static class IndicatorCatalogue
{
    public static IReadOnlyList<Indicator> All { get; } =
    [
        new ContactsToReferral(),
        new ContactDecision1Wd(),
        new Rereferrals12M(),
        new ReferralsToAssessment(),
        new Assessments45Wd(),
        new AssessmentOutcomeNfa(),
        new CinPlansOpen(),
        new StrategyWtCompliant(),
        new S47Icpc15Wd(),
        new IcpcToCpp(),
        new CppStarted(),
        new CppOpen(),
        new CppRate10K(),
        new CppSubsequent(),
        new Cpp2YearsEnded(),
        new Cpp2YearsOpen(),
        new CinVisitsTimely(),
        new CpVisitsTimely(),
        new ClaVisitsTimely(),
        new ClaOpen(),
        new ClaRate10K(),
        new ClaReviewsTimely(),
        new ClaReviewParticipation(),
        new ClaIha20Wd(),
        new ClaHealthChecks(),
        new Cla3PlusPlacements(),
        new ClaLongTermStability(),
        new MissingRhiOffered72H(),
        new MissingRhiAccepted(),
        new EarlyHelpOpen(),
        new EarlyHelpOpen12M(),
        new CareLeaversInTouch(),
        new CareLeaversEet(),
        new CareLeaversSuitableAccom(),
        new CaseloadAvg(),
    ];

    public static Indicator? Find(string code) => All.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
}
