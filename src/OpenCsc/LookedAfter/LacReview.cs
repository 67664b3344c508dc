using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.LookedAfter;

/// <summary>
/// A looked-after child's review (Care Planning Regulations reg 33) chaired by the IRO, with the
/// child's participation code PN0-PN7.
/// </summary>
public class LacReview : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>PN0 (under 4) ... PN7 (did not take part).</summary>
    public string? ParticipationCode { get; set; }

    public long? IroId { get; set; }

    public Worker? Iro { get; set; }
}
