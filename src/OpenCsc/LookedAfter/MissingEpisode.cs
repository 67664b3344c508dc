using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.LookedAfter;

/// <summary>
/// A missing or absent episode, with the return home interview (RHI), which must be offered and done
/// within 72 hours of the child's return.
/// </summary>
public class MissingEpisode : Entity, IChildRecord
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public MissingKind Kind { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>When the child returned, where the time is known (the 72 hours count from it).</summary>
    public DateTime? ReturnedAt { get; set; }

    public DateTime? RhiOfferedAt { get; set; }

    public bool? RhiAccepted { get; set; }

    public DateTime? RhiCompletedAt { get; set; }

    public long? RhiWorkerId { get; set; }

    public Worker? RhiWorker { get; set; }
}

public enum MissingKind
{
    Missing,
    Absent,
}
