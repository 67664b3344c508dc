using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.ChildInNeed;

/// <summary>A child in need plan (section 17).</summary>
public class CinPlan : Entity, IDatedPeriod, IChildRecord
{
    public long CinEpisodeId { get; set; }

    public CinEpisode? CinEpisode { get; set; }

    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? EndReason { get; set; }
}
