using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>An episode of care as the SSDA903 Episodes table has it: legal status and placement between two dates.</summary>
public class CareEpisode : Entity, IDatedPeriod
{
    public long PeriodOfCareId { get; set; }

    public PeriodOfCare? PeriodOfCare { get; set; }

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    /// <summary>DECOM.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Reason for new episode (RNE): S, L, P, T, B, U.</summary>
    public string ReasonForNewEpisode { get; set; } = "";

    /// <summary>LS: C1, C2, D1, E1, J1-J3, L1-L3, V2-V4.</summary>
    public string LegalStatus { get; set; } = "";

    /// <summary>CIN: N1-N8.</summary>
    public string CategoryOfNeed { get; set; } = "";

    /// <summary>PLACE: A3-A6, H5, K1-K3, P1-P3, R1-R5, S1, T0-T4, U1-U6, Z1, Z11-Z14.</summary>
    public string PlacementType { get; set; } = "";

    /// <summary>PLACE_PROVIDER: PR0-PR5.</summary>
    public string? PlacementProvider { get; set; }

    /// <summary>DEC.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>REC: X1, E11, E12, E2, ..., E8.</summary>
    public string? ReasonEpisodeCeased { get; set; }

    /// <summary>REASON_PLACE_CHANGE: CARPL, CLOSE, ALLEG, ...</summary>
    public string? ReasonForPlacementChange { get; set; }

    public string? HomePostcode { get; set; }

    public string? PlacementPostcode { get; set; }

    /// <summary>Ofsted unique reference number of the placement.</summary>
    public string? PlacementUrn { get; set; }

    /// <summary>The local authority the placement is in (Annex A "LA of Placement").</summary>
    public string? PlacementLocalAuthority { get; set; }
}
