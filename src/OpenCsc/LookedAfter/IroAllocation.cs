using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.LookedAfter;

/// <summary>The independent reviewing officer allocated to a looked-after child (within 5 working days of becoming looked after).</summary>
public class IroAllocation : Entity, IDatedPeriod
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public long IroId { get; set; }

    public Worker? Iro { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>The IRO's latest visit or contact with the child (Annex A list 8).</summary>
    public DateOnly? LastContactDate { get; set; }
}
