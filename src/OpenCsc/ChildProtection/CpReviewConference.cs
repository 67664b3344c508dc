using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>A child protection review conference: first within 3 months of the ICPC, then at most every 6 months.</summary>
public class CpReviewConference : Entity
{
    public long ChildProtectionPlanId { get; set; }

    public ChildProtectionPlan? ChildProtectionPlan { get; set; }

    public DateOnly Date { get; set; }
}
