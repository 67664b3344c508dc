using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Workforce;

/// <summary>
/// Which team and worker held a child's case, and when. Every per-worker and per-team figure is taken
/// from the allocation in force at the date of the event it counts.
/// </summary>
public class Allocation : Entity, IDatedPeriod
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public long TeamId { get; set; }

    public Team? Team { get; set; }

    /// <summary>Null while the case sits with the team unallocated.</summary>
    public long? WorkerId { get; set; }

    public Worker? Worker { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }
}
