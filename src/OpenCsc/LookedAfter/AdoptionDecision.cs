using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>
/// The agency decision that a child should be placed for adoption and, where it was reversed, when and
/// why (SSDA903 PlacedAdoption: DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED).
/// </summary>
public class AdoptionDecision : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly DecisionDate { get; set; }

    public DateOnly? DecisionCeasedDate { get; set; }

    /// <summary>RD1-RD4.</summary>
    public string? ReasonCeased { get; set; }
}
