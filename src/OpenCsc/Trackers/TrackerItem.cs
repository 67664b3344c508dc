namespace OpenCsc.Trackers;

/// <summary>Where an open item stands on the as-at date.</summary>
public enum TrackerState
{
    /// <summary>The due date has passed (for a timescale in working days, the next working day has begun).</summary>
    Overdue,

    /// <summary>Due within the next few working days (five by default), or today.</summary>
    DueSoon,

    /// <summary>Due later.</summary>
    Future,
}

/// <summary>
/// One open item on a tracker: the child, who holds the case on the as-at date (worker, team, the team's manager), when
/// it is due and what that counts from, and its state. <see cref="DaysOverdue"/> is in calendar days from the due date.
/// </summary>
public sealed record TrackerItem(
    ItemKind Kind,
    long RecordId,
    long ChildId,
    string LaChildId,
    string ChildName,
    long? WorkerId,
    string? WorkerName,
    long? TeamId,
    string? TeamName,
    long? ManagerId,
    string? ManagerName,
    DateOnly Since,
    string SinceEvent,
    DateOnly Due,
    TrackerState State,
    int DaysOverdue)
{
    public string KindLabel => ItemKinds.Label(Kind);
}

/// <summary>The open items of a tracker as at a date, most urgent first, with the count in each state.</summary>
public sealed record TrackerList(Tracker Tracker, TrackerFilter Filter, IReadOnlyList<TrackerItem> Items)
{
    public int Overdue => Items.Count(i => i.State == TrackerState.Overdue);

    public int DueSoon => Items.Count(i => i.State == TrackerState.DueSoon);

    public int Future => Items.Count(i => i.State == TrackerState.Future);
}

/// <summary>Which items: those open at the end of <see cref="AsOf"/>, held by the team or worker when one is given.</summary>
/// <param name="Children">Need-to-know: only these children's items (null for every child, as the CLI lists them).</param>
public sealed record TrackerFilter(DateOnly AsOf, long? TeamId = null, long? WorkerId = null, IQueryable<long>? Children = null);
