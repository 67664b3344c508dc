using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>A child protection plan, with its category of abuse (NEG, PHY, SAB, EMO, MUL).</summary>
public class ChildProtectionPlan : Entity, IDatedPeriod, IChildRecord
{
    public long CinEpisodeId { get; set; }

    public CinEpisode? CinEpisode { get; set; }

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string InitialCategory { get; set; } = "";

    public string LatestCategory { get; set; } = "";

    /// <summary>Earlier CP plans the child had, as recorded (the CIN census NumberOfPreviousCPP).</summary>
    public int? NumberOfPreviousPlans { get; set; }

    public string? EndReason { get; set; }

    public List<CpReviewConference> Reviews { get; set; } = [];

    public List<CoreGroupMeeting> CoreGroups { get; set; } = [];
}
