using System.Linq.Expressions;

namespace OpenCsc.Data;

/// <summary>A record that starts on a day and may end on a later one: a plan, a period of care, an allocation.</summary>
public interface IDatedPeriod
{
    DateOnly StartDate { get; }

    DateOnly? EndDate { get; }
}

/// <summary>
/// The named rules for "open on this day", written once (docs/decisions/0028-open-on-a-day.md). The end date is the
/// day the record ended: on that day it was open for part of the day and is no longer open when the day ends.
/// <list type="bullet">
/// <item><see cref="OpenAtEndOf{T}"/>: still open when the day ends (started on or before it, not ended on or before it).
/// The DfE's counts "at 31 March" use this: a plan that ended on 31 March is not open at 31 March.</item>
/// <item><see cref="OpenOn{T}"/>: open at some time during the day (started on or before it, not ended before it).</item>
/// <item><see cref="OpenDuring{T}"/>: open at some time between two days, both included.</item>
/// </list>
/// Each is an expression that EF Core translates into SQL; inside a subquery assign it to a local first.
/// </summary>
public static class DatedPeriods
{
    public static Expression<Func<T, bool>> OpenAtEndOf<T>(DateOnly day)
        where T : IDatedPeriod =>
        p => p.StartDate <= day && (p.EndDate == null || p.EndDate > day);

    public static Expression<Func<T, bool>> OpenOn<T>(DateOnly day)
        where T : IDatedPeriod =>
        p => p.StartDate <= day && (p.EndDate == null || p.EndDate >= day);

    public static Expression<Func<T, bool>> OpenDuring<T>(DateOnly from, DateOnly to)
        where T : IDatedPeriod =>
        p => p.StartDate <= to && (p.EndDate == null || p.EndDate >= from);

    /// <summary>The rules as plain checks, for records already in memory.</summary>
    public static bool IsOpenAtEndOf(this IDatedPeriod period, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.StartDate <= day && (period.EndDate is null || period.EndDate > day);
    }

    public static bool IsOpenOn(this IDatedPeriod period, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.StartDate <= day && (period.EndDate is null || period.EndDate >= day);
    }
}
