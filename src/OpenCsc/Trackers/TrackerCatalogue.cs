namespace OpenCsc.Trackers;

/// <summary>Every tracker, in the order of the child's journey.</summary>
public static class TrackerCatalogue
{
    public static IReadOnlyList<Tracker> All { get; } =
    [
        new VisitsDue(),
        new AssessmentsDue(),
        new InitialConferencesDue(),
        new LacReviewsDue(),
        new InitialHealthAssessmentsDue(),
        new ReturnHomeInterviewsDue(),
    ];

    public static Tracker? Find(string slug) => All.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
