using OpenCsc.Calendar;
using OpenCsc.Data;

namespace OpenCsc.Indicators;

/// <summary>What an indicator's query works with: the database (its calendar table in step), and the settings.</summary>
public sealed record IndicatorQuery(AppDbContext Db, IndicatorSettings Settings)
{
    /// <summary>The working-day index of each day (see <see cref="CalendarDay"/>).</summary>
    public IQueryable<CalendarDay> Days => Db.CalendarDays;
}
