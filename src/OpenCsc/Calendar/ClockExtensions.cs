namespace OpenCsc.Calendar;

/// <summary>The day and time the authority works in, from the injected clock (never the machine's wall clock).</summary>
public static class ClockExtensions
{
    /// <summary>Today in the authority's local time.</summary>
    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    /// <summary>Now in the authority's local time, without an offset (as recorded times are stored).</summary>
    public static DateTime LocalNow(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetLocalNow().DateTime;
    }
}
