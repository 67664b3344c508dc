using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.ChildProtection;

/// <summary>
/// A strategy discussion (meeting) where there is reasonable cause to suspect significant harm.
/// Working Together requires children's social care, police and health to take part.
/// </summary>
public class StrategyDiscussion : Entity
{
    public long CinEpisodeId { get; set; }

    public CinEpisode? CinEpisode { get; set; }

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly Date { get; set; }

    public bool CscTookPart { get; set; }

    public bool PoliceTookPart { get; set; }

    public bool HealthTookPart { get; set; }

    public bool EducationTookPart { get; set; }

    /// <summary>Other agencies that took part, as recorded.</summary>
    public string? OtherAgencies { get; set; }

    /// <summary>Why a statutory agency (police or health) did not take part.</summary>
    public string? AbsentAgencyReason { get; set; }

    public StrategyDecision? Decision { get; set; }

    public string? Rationale { get; set; }

    public long? ChairedById { get; set; }

    public Worker? ChairedBy { get; set; }

    /// <summary>CSC, police and health all took part.</summary>
    public bool IsWorkingTogetherCompliant => CscTookPart && PoliceTookPart && HealthTookPart;
}

public enum StrategyDecision
{
    Section47Enquiry,
    NoSection47ChildInNeed,
    NoFurtherAction,
}
