using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>A health check of a looked-after child: initial or review health assessment, or dental check.</summary>
public class HealthAssessment : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public HealthAssessmentKind Kind { get; set; }

    public DateOnly Date { get; set; }
}

public enum HealthAssessmentKind
{
    Initial,
    Review,
    Dental,
}
