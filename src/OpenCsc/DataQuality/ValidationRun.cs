using OpenCsc.Data;

namespace OpenCsc.DataQuality;

/// <summary>What started a data quality run.</summary>
public enum RunTrigger
{
    /// <summary>The nightly run.</summary>
    Nightly,

    /// <summary>A performance analyst asked for it.</summary>
    OnDemand,
}

/// <summary>
/// One run of a statutory return's validation rules over OpenCSC's own data: which return and collection year, the
/// window checked (the collection year up to the run's day, as if the year ended then), and what it found.
/// </summary>
public class ValidationRun : Entity
{
    /// <summary>"ssda903" (the CIN census plugs in beside it).</summary>
    public string Collection { get; set; } = "";

    /// <summary>The collection year: 2026 is 2026/27.</summary>
    public int CollectionYear { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>When it ran (UTC).</summary>
    public DateTime RanAt { get; set; }

    public RunTrigger Trigger { get; set; }

    public int RulesRun { get; set; }

    public int Errors { get; set; }

    public int Queries { get; set; }

    /// <summary>Rules not run because the data lacks what they need, as the validator describes them.</summary>
    public string? NotChecked { get; set; }

    public List<DataQualityFailure> Failures { get; set; } = [];
}
