using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.LookedAfter;

/// <summary>
/// A continuous period of being looked after, made of one or more episodes (each a change of legal
/// status or placement).
/// </summary>
public class PeriodOfCare : Entity, IDatedPeriod
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>The permanence plan (return home, adoption, SGO, long-term fostering, ...), as recorded.</summary>
    public string? PermanencePlan { get; set; }

    public List<CareEpisode> Episodes { get; set; } = [];
}
