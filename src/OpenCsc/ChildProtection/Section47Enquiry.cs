using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>
/// A section 47 enquiry, started by a strategy discussion; the initial child protection conference
/// (ICPC) should follow within 15 working days of that discussion.
/// </summary>
public class Section47Enquiry : Entity, IChildRecord
{
    public long CinEpisodeId { get; set; }

    public CinEpisode? CinEpisode { get; set; }

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public long? StrategyDiscussionId { get; set; }

    public StrategyDiscussion? StrategyDiscussion { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? InitialCpcTarget { get; set; }

    public DateOnly? DateOfInitialCpc { get; set; }

    public bool IcpcNotRequired { get; set; }

    public Section47Outcome? Outcome { get; set; }
}

public enum Section47Outcome
{
    ChildProtectionPlan,
    ChildInNeedPlan,
    NoFurtherAction,
}
