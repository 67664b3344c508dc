namespace OpenCsc.Indicators;

/// <summary>
/// Notes on comparing dates in indicator queries, which run on SQLite and PostgreSQL alike. "N years after" is
/// compared as a yyyymmdd number (<c>Y * 10000 + M * 100 + D</c>), so both databases agree: a year after
/// 29 February 2024 is reached on 1 March 2025 (there is no 29 February 2025), and the same calendar date a year on
/// counts as a full year. Working days are compared through the calendar table's working-day index.
/// </summary>
public static class DateKeys
{
    /// <summary>The yyyymmdd number of a date, as the queries compute it.</summary>
    public static int Of(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>
    /// The yyyymmdd number of the date <paramref name="months"/> calendar months on (back, when negative), keeping the
    /// day even where the month has no such day: a month after 31 January 2026 is "31 February", which sorts after
    /// 28 February and before 1 March. So "within a month of 31 January" ends on 28 February and "a month since
    /// 31 January" is reached on 1 March, as for years. Comparing a column's number with this shifted number of a
    /// fixed day is the same as shifting the column: <c>key(d) + N months &lt;= key(day)</c> exactly when
    /// <c>key(d) &lt;= AddMonths(day, -N)</c>.
    /// </summary>
    public static int AddMonths(DateOnly date, int months)
    {
        int month = (date.Year * 12) + date.Month - 1 + months;
        return (month / 12 * 10000) + ((month % 12 + 1) * 100) + date.Day;
    }

    /// <summary>
    /// The first real day whose yyyymmdd number is at least <paramref name="key"/>: the day itself, or for a day the
    /// month does not have ("31 February"), the first of the next month. Turns a bound computed with
    /// <see cref="AddMonths"/> back into a date that a query can compare with a date column.
    /// </summary>
    public static DateOnly FirstDayFrom(int key)
    {
        int year = key / 10000;
        int month = key / 100 % 100;
        int day = key % 100;
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : new DateOnly(year, month, 1).AddMonths(1);
    }

    /// <summary>The last real day whose yyyymmdd number is at most <paramref name="key"/> ("31 February" gives 28 or 29 February).</summary>
    public static DateOnly LastDayUpTo(int key) => FirstDayFrom(key + 1).AddDays(-1);

    /// <summary>Midnight at the start of the day, for comparing date-times with a period.</summary>
    public static DateTime Start(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    /// <summary>Midnight at the end of the day (the start of the next), the exclusive upper bound of a period.</summary>
    public static DateTime EndExclusive(DateOnly date) => date.AddDays(1).ToDateTime(TimeOnly.MinValue);
}
