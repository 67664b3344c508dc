using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>An order or power over a child: emergency protection, police protection, care, placement, SGO, adoption.</summary>
public class LegalOrder : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public LegalOrderKind Kind { get; set; }

    public DateOnly DateMade { get; set; }

    public DateOnly? EndDate { get; set; }
}

public enum LegalOrderKind
{
    EmergencyProtectionOrder,
    PolicePowersOfProtection,
    InterimCareOrder,
    CareOrder,
    SupervisionOrder,
    PlacementOrder,
    SpecialGuardianshipOrder,
    ChildArrangementsOrder,
    AdoptionOrder,
}
