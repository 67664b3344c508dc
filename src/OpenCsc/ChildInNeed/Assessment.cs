using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.ChildInNeed;

/// <summary>
/// A single (continuous) assessment under the Children Act 1989. It counts as completed only when a
/// manager authorises it, with a rationale.
/// </summary>
public class Assessment : Entity
{
    public long CinEpisodeId { get; set; }

    public CinEpisode? CinEpisode { get; set; }

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? InternalReviewDate { get; set; }

    /// <summary>The date the child was seen during the assessment, if seen.</summary>
    public DateOnly? ChildSeenDate { get; set; }

    public DateOnly? AuthorisationDate { get; set; }

    public AssessmentOutcome? Outcome { get; set; }

    public long? WorkerId { get; set; }

    public Worker? Worker { get; set; }

    public long? AuthorisedById { get; set; }

    public Worker? AuthorisedBy { get; set; }

    public string? AuthorisationRationale { get; set; }

    public List<AssessmentFactor> Factors { get; set; } = [];
}

public enum AssessmentOutcome
{
    NoFurtherAction,
    EarlyHelp,
    ChildInNeedPlan,
    StrategyDiscussion,
    LookedAfter,
    OtherServices,
}
