using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.Visits;

/// <summary>
/// A statutory visit to a child. The visit date, not the date it was recorded, decides whether it was
/// in time; recording late is tracked separately (visits done but not recorded).
/// </summary>
public class Visit : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public VisitKind Kind { get; set; }

    public DateOnly VisitDate { get; set; }

    public DateTime RecordedAt { get; set; }

    public long? WorkerId { get; set; }

    public Worker? Worker { get; set; }

    public bool ChildSeen { get; set; }

    public bool SeenAlone { get; set; }

    public string? Note { get; set; }
}

public enum VisitKind
{
    ChildInNeed,
    ChildProtection,
    LookedAfter,
    CareLeaver,
}
