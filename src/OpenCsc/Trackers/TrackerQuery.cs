using OpenCsc.Calendar;
using OpenCsc.Data;
using OpenCsc.Indicators;

namespace OpenCsc.Trackers;

/// <summary>What a tracker works with: the database, the timescales (shared with the indicators) and the calendar.</summary>
public sealed record TrackerQuery(AppDbContext Db, StatutoryTimescales Timescales, WorkingDayCalendar Calendar)
{
    /// <summary>An item is due soon when it is due within this many working days of the as-at date.</summary>
    public int DueSoonWorkingDays { get; init; } = 5;

    /// <summary>A tracker query with the timescales and calendar in force (<see cref="TimescalesProvider"/>).</summary>
    public static TrackerQuery For(AppDbContext db, TimescalesInForce inForce)
    {
        ArgumentNullException.ThrowIfNull(inForce);
        return new(db, inForce.Timescales, inForce.Calendar);
    }
}
