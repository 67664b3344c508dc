using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.CareLeavers;

/// <summary>A young person entitled to leaving care support (17-21, up to 25), with their personal adviser.</summary>
public class CareLeaver : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public CareLeaverEligibility Eligibility { get; set; }

    public long? PersonalAdviserId { get; set; }

    public Worker? PersonalAdviser { get; set; }

    public DateOnly? LatestPathwayPlanReviewDate { get; set; }

    public List<CareLeaverStatus> Statuses { get; set; } = [];
}

/// <summary>Eligibility under the Children (Leaving Care) Act 2000.</summary>
public enum CareLeaverEligibility
{
    Eligible,
    Relevant,
    FormerRelevant,
    Qualifying,
}
