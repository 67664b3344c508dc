using OpenCsc.Data;

namespace OpenCsc.ChildInNeed;

/// <summary>A factor identified at assessment, coded as the CIN census does (1A, 2B, 3A, ..., 24A).</summary>
public class AssessmentFactor : Entity
{
    public long AssessmentId { get; set; }

    public Assessment? Assessment { get; set; }

    public string Code { get; set; } = "";
}
