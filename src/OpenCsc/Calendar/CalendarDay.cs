namespace OpenCsc.Calendar;

/// <summary>
/// One day of the working-day calendar as a table, so that queries can count working days in the database:
/// <see cref="WorkingDayIndex"/> is the number of working days from the start of the table up to and including the
/// day, so the working days after one date up to another are the difference of their indexes
/// (<see cref="WorkingDayCalendar.WorkingDaysBetween"/>, the earlier day not counted). Kept in step with the
/// calendar by <see cref="CalendarTable"/>.
/// </summary>
public class CalendarDay
{
    public DateOnly Day { get; set; }

    public int WorkingDayIndex { get; set; }
}
