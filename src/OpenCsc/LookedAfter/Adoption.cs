using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>
/// A child's adoption: match, placement and order, and the adopters (SSDA903 AD1; Annex A list 10).
/// </summary>
public class Adoption : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    /// <summary>Family identifier shared with the adopters (Annex A lists 10 and 11).</summary>
    public string? FamilyIdentifier { get; set; }

    /// <summary>Date of the decision that the child should be placed for adoption (AD1 DATE_INT).</summary>
    public DateOnly? DateShouldBePlaced { get; set; }

    /// <summary>Date the child was matched with prospective adopters (AD1 DATE_MATCH).</summary>
    public DateOnly? DateMatched { get; set; }

    public DateOnly? DatePlaced { get; set; }

    public DateOnly? AdoptionOrderDate { get; set; }

    /// <summary>Date placed for fostering in an FFA or concurrent planning placement.</summary>
    public DateOnly? FosteringForAdoptionDate { get; set; }

    /// <summary>Adopted by the child's foster carer (AD1 FOSTER_CARE).</summary>
    public bool? AdoptedByFosterCarer { get; set; }

    /// <summary>AD1 NB_ADOPTR.</summary>
    public int? NumberOfAdopters { get; set; }

    /// <summary>AD1 SEX_ADOPTR: M1, F1, MM, FF, MF.</summary>
    public string? SexOfAdopters { get; set; }

    /// <summary>AD1 LS_ADOPTR: L0, L11, L12, L2, L3, L4.</summary>
    public string? LegalStatusOfAdopters { get; set; }
}
