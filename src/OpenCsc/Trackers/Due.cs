namespace OpenCsc.Trackers;

/// <summary>
/// When an item is due, what the date counts from (e.g. "Last seen"), and whether its timescale counts working days:
/// a deadline in working days is missed only when the next working day begins (a visit due on a Friday is not
/// overdue on the Saturday), as the indicators count it; a calendar deadline is missed the day after it.
/// </summary>
public readonly record struct Due(DateOnly Date, DateOnly Since, string SinceEvent, bool InWorkingDays);
