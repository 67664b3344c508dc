using OpenCsc.Data;

namespace OpenCsc.ChildProtection;

/// <summary>A core group meeting of a child protection plan: the first within 10 working days of the ICPC.</summary>
public class CoreGroupMeeting : Entity
{
    public long ChildProtectionPlanId { get; set; }

    public ChildProtectionPlan? ChildProtectionPlan { get; set; }

    public DateOnly Date { get; set; }
}
