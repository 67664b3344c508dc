using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.CareLeavers;

/// <summary>
/// A care leaver's circumstances as recorded at a date, usually around a birthday (SSDA903 OC3:
/// IN_TOUCH, ACTIV, ACCOM; Annex A list 9).
/// </summary>
public class CareLeaverStatus : Entity
{
    public long CareLeaverId { get; set; }

    public CareLeaver? CareLeaver { get; set; }

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly RecordedOn { get; set; }

    /// <summary>IN_TOUCH: YES, NO, DIED, REFU, NREQ, RHOM.</summary>
    public string InTouch { get; set; } = "";

    /// <summary>ACTIV: F1, P1, F2, P2, F4, P4, F5, P5, G4, G5, G6.</summary>
    public string? Activity { get; set; }

    /// <summary>ACCOM letter: B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y, Z (the return adds 1 suitable / 2 unsuitable).</summary>
    public string? Accommodation { get; set; }

    public bool? AccommodationSuitable { get; set; }

    public DateOnly? LatestContactDate { get; set; }
}
