using OpenCsc.Returns.Validation;

namespace OpenCsc.DataQuality;

/// <summary>
/// One row a rule flagged in a run, with the child it is about and who held the child's case on the run's day, so a
/// worker and a team see what to fix while the case is open. Many per run: written in bulk and counted in one audit
/// summary, not audited one by one.
/// </summary>
public class DataQualityFailure
{
    public long Id { get; set; }

    public long ValidationRunId { get; set; }

    public ValidationRun? ValidationRun { get; set; }

    public string Rule { get; set; } = "";

    public RuleType Type { get; set; }

    /// <summary>The return's table (Episodes, Header ...).</summary>
    public string TableName { get; set; } = "";

    /// <summary>The 0-based row in that table of the return as exported.</summary>
    public int Row { get; set; }

    /// <summary>The child's LA id as the return has it.</summary>
    public string? LaChildId { get; set; }

    /// <summary>The child in OpenCSC, when the LA id is one.</summary>
    public long? ChildId { get; set; }

    public long? TeamId { get; set; }

    public long? WorkerId { get; set; }

    public string Message { get; set; } = "";
}
