using OpenCsc.Data;

namespace OpenCsc.Calendar;

/// <summary>
/// One change a system administrator made to a timescale or to the local closure days, with why. Rows are only ever
/// added: the latest change to a timescale (or to a day) is the one in force, and the rows are its history. Who made
/// it and when are the entity's stamps; the audit trail's entry for the row names the person and carries the reason.
/// </summary>
public class TimescaleChange : Entity
{
    /// <summary>The timescale changed (a <see cref="StatutoryTimescales"/> property name), or null for a closure day.</summary>
    public string? Timescale { get; set; }

    /// <summary>The timescale's new value; null puts it back to the configured value.</summary>
    public int? Value { get; set; }

    /// <summary>The local closure day added or removed, or null for a timescale.</summary>
    public DateOnly? ClosureDay { get; set; }

    /// <summary>True when <see cref="ClosureDay"/> was added as a closure day, false when it was removed.</summary>
    public bool Closed { get; set; }

    public string Reason { get; set; } = "";
}
