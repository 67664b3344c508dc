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

    /// <summary>Midnight at the start of the day, for comparing date-times with a period.</summary>
    public static DateTime Start(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    /// <summary>Midnight at the end of the day (the start of the next), the exclusive upper bound of a period.</summary>
    public static DateTime EndExclusive(DateOnly date) => date.AddDays(1).ToDateTime(TimeOnly.MinValue);
}
