using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.FrontDoor;

/// <summary>An early help (CAF) episode, below the statutory threshold.</summary>
public class EarlyHelpEpisode : Entity, IDatedPeriod
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>When the early help assessment was completed (Ofsted Annex A list 2).</summary>
    public DateOnly? AssessmentCompletionDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? EndReason { get; set; }

    public long? TeamId { get; set; }

    public Team? Team { get; set; }

    public long? LeadProfessionalId { get; set; }

    public Worker? LeadProfessional { get; set; }

    /// <summary>The agency leading the plan when not the council (school, health visitor, ...).</summary>
    public string? LeadAgency { get; set; }
}
