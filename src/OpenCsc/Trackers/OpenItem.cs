namespace OpenCsc.Trackers;

/// <summary>
/// One open item as its tracker's query finds it in the database: the child, the record the duty hangs on, and the
/// dates its due date is worked out from. A plain class with settable properties so that the queries that build it
/// can be composed further in the database; each tracker says what its fields hold, and sets every one of them (the
/// database can only read back a field the projection sets).
/// </summary>
public sealed class OpenItem
{
    public long ChildId { get; set; }

    /// <summary>The record's id in its own table (a plan, a period of care, an assessment, a missing episode).</summary>
    public long RecordId { get; set; }

    /// <summary>When the duty began: a plan's or placement's start, an assessment's start, a return from missing.</summary>
    public DateOnly Start { get; set; }

    /// <summary>The time the duty began, where the timescale counts hours (a return from missing).</summary>
    public DateTime? StartAt { get; set; }

    /// <summary>
    /// The later event the clock runs from, if any: the last visit since the start at which the child was seen, the
    /// last review, the strategy discussion that started a section 47 enquiry.
    /// </summary>
    public DateOnly? Last { get; set; }

    /// <summary>How many times the duty has been met since it began (CLA reviews in the period of care).</summary>
    public int Count { get; set; }

    /// <summary>For a looked-after child: the placement is long-term fostering.</summary>
    public bool LongTerm { get; set; }

    /// <summary>The record's own worker, where it has one (an assessment's worker, an RHI's): used when no allocation is open.</summary>
    public long? WorkerId { get; set; }
}
