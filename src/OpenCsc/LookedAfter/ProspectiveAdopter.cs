using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>An adopter's journey through approval (Ofsted Annex A list 11).</summary>
public class ProspectiveAdopter : Entity
{
    public string AdopterIdentifier { get; set; } = "";

    public string? FamilyIdentifier { get; set; }

    public string? Sex { get; set; }

    public string? Ethnicity { get; set; }

    public bool? HasDisability { get; set; }

    public bool? FosteringForAdoption { get; set; }

    public DateOnly? EnquiryDate { get; set; }

    public DateOnly? Stage1StartDate { get; set; }

    public DateOnly? Stage1EndDate { get; set; }

    public DateOnly? Stage2StartDate { get; set; }

    public DateOnly? Stage2EndDate { get; set; }

    public DateOnly? ApplicationSubmittedDate { get; set; }

    public DateOnly? ApprovedDate { get; set; }

    public DateOnly? MatchedDate { get; set; }

    public DateOnly? PlacedDate { get; set; }

    public int? ChildrenPlaced { get; set; }

    public DateOnly? AdoptionOrderDate { get; set; }

    public DateOnly? LeftProcessDate { get; set; }

    public string? LeftProcessReason { get; set; }
}
