using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>
/// Health and outcomes of a child looked after continuously for 12 months at the year end, as the
/// SSDA903 OC2 table has them (yes/no fields are 0/1 there).
/// </summary>
public class AnnualHealthOutcomes : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    /// <summary>The 31 March the record is for.</summary>
    public DateOnly YearEnding { get; set; }

    public int? SdqScore { get; set; }

    /// <summary>SDQ1-SDQ5 when no score.</summary>
    public string? SdqReason { get; set; }

    public bool? Convicted { get; set; }

    public bool? HealthCheck { get; set; }

    public bool? Immunisations { get; set; }

    public bool? TeethCheck { get; set; }

    public bool? HealthAssessment { get; set; }

    public bool? SubstanceMisuse { get; set; }

    public bool? InterventionReceived { get; set; }

    public bool? InterventionOffered { get; set; }
}
