using System.Collections.Frozen;
using System.Globalization;

namespace OpenCsc.Calendar;

/// <summary>
/// Working-day arithmetic for statutory timescales ("assessment within 45 working days", "ICPC within 15 working
/// days"). A working day is a Monday to Friday that is neither a bank holiday nor a local closure day.
/// </summary>
/// <remarks>
/// <para>
/// Instances are immutable and thread-safe. Inside [<see cref="CoveredFrom"/>, <see cref="CoveredTo"/>] every query
/// is answered from a precomputed cumulative working-day index (two array reads for
/// <see cref="WorkingDaysBetween"/>).
/// </para>
/// <para>
/// Outside the covered range bank holidays are unknown, so only weekends and explicitly supplied local closure days
/// are non-working there; counts that cross the boundary are still O(1) (weekdays are counted arithmetically, with a
/// binary search over any closure days that lie outside the range).
/// </para>
/// <para>
/// Counting convention: the earlier day is never counted. <c>WorkingDaysBetween(from, to)</c> counts the working days
/// d with from &lt; d &lt;= to, and <c>AddWorkingDays(start, n)</c> is the n-th working day after start.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> _englandAndWales = new(
        () => new WorkingDayCalendar(BankHolidays.EnglandAndWalesAllYears, _allYearsFrom, _allYearsTo),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly DateOnly _allYearsFrom = new(BankHolidays.RulesFromYear, 1, 1);

    private static readonly DateOnly _allYearsTo = new(BankHolidays.RulesToYear, 12, 31);

    // Day numbers (DateOnly.DayNumber) of CoveredFrom and CoveredTo; _span = number of covered days.
    private readonly int _fromDay;
    private readonly int _toDay;
    private readonly int _span;

    // _cumulative[i] = working days in [CoveredFrom, CoveredFrom + i), so length _span + 1 and _cumulative[0] = 0.
    private readonly int[] _cumulative;

    // W(CoveredFrom - 1): absolute working-day count (from DateOnly.MinValue) of the day before the covered range.
    private readonly long _workingBeforeRange;

    // Sorted day numbers of weekday closure days lying before / after the covered range (usually empty).
    private readonly int[] _closuresBefore;
    private readonly int[] _closuresAfter;

    private readonly FrozenDictionary<DateOnly, string> _holidayNames;
    private readonly FrozenSet<DateOnly> _closureDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="holidays">Bank holidays; every date must lie within the covered range.</param>
    /// <param name="coveredFrom">First day for which <paramref name="holidays"/> is complete.</param>
    /// <param name="coveredTo">Last day for which <paramref name="holidays"/> is complete.</param>
    /// <param name="localClosureDays">Extra non-working days (e.g. a council's Christmas closure); honoured on any date.</param>
    public WorkingDayCalendar(
        IEnumerable<BankHoliday> holidays,
        DateOnly coveredFrom,
        DateOnly coveredTo,
        IEnumerable<DateOnly>? localClosureDays = null)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        if (coveredTo < coveredFrom)
        {
            throw new ArgumentException("coveredTo must not be before coveredFrom.", nameof(coveredTo));
        }

        CoveredFrom = coveredFrom;
        CoveredTo = coveredTo;
        _fromDay = coveredFrom.DayNumber;
        _toDay = coveredTo.DayNumber;
        _span = _toDay - _fromDay + 1;

        var holidayList = holidays
            .Select(h => h ?? throw new ArgumentException("A bank holiday is null.", nameof(holidays)))
            .OrderBy(h => h.Date)
            .ToList();
        var names = new Dictionary<DateOnly, string>();
        foreach (var holiday in holidayList)
        {
            if (holiday.Date < coveredFrom || holiday.Date > coveredTo)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Bank holiday {holiday.Date:O} lies outside the covered range {coveredFrom:O}..{coveredTo:O}."),
                    nameof(holidays));
            }

            if (!names.TryAdd(holiday.Date, holiday.Name))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Bank holiday {holiday.Date:O} is listed more than once."),
                    nameof(holidays));
            }
        }

        Holidays = holidayList.AsReadOnly();
        _holidayNames = names.ToFrozenDictionary();

        var closures = (localClosureDays ?? []).Distinct().Order().ToArray();
        _closureDays = closures.ToFrozenSet();
        LocalClosureDays = Array.AsReadOnly(closures);

        var nonWorking = new bool[_span];
        foreach (var date in names.Keys)
        {
            nonWorking[date.DayNumber - _fromDay] = true;
        }

        var before = new List<int>();
        var after = new List<int>();
        foreach (var date in closures)
        {
            var day = date.DayNumber;
            if (day < _fromDay)
            {
                if (IsWeekday(day))
                {
                    before.Add(day);
                }
            }
            else if (day > _toDay)
            {
                if (IsWeekday(day))
                {
                    after.Add(day);
                }
            }
            else
            {
                nonWorking[day - _fromDay] = true;
            }
        }

        _closuresBefore = [.. before];
        _closuresAfter = [.. after];

        _cumulative = new int[_span + 1];
        for (var i = 0; i < _span; i++)
        {
            var working = IsWeekday(_fromDay + i) && !nonWorking[i];
            _cumulative[i + 1] = _cumulative[i] + (working ? 1 : 0);
        }

        _workingBeforeRange = WeekdaysUpTo(_fromDay - 1L) - _closuresBefore.Length;
    }

    /// <summary>First day for which bank holidays are known.</summary>
    public DateOnly CoveredFrom { get; }

    /// <summary>Last day for which bank holidays are known.</summary>
    public DateOnly CoveredTo { get; }

    /// <summary>The bank holidays, sorted by date.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>The local closure days, sorted and without duplicates.</summary>
    public IReadOnlyList<DateOnly> LocalClosureDays { get; }

    /// <summary>
    /// The England and Wales bank holidays alone, no local closure days (<see cref="BankHolidays.EnglandAndWalesAllYears"/>:
    /// the published list for 2010 to 2030, the rules from 1978 to 2199). What the authority works to is the calendar
    /// in force (<see cref="TimescalesProvider"/>), which adds its closure days.
    /// </summary>
    public static WorkingDayCalendar EnglandAndWales() => _englandAndWales.Value;

    /// <summary>England and Wales bank holidays plus a local authority's own closure days.</summary>
    public static WorkingDayCalendar EnglandAndWales(IEnumerable<DateOnly> localClosureDays)
    {
        ArgumentNullException.ThrowIfNull(localClosureDays);
        return new WorkingDayCalendar(BankHolidays.EnglandAndWalesAllYears, _allYearsFrom, _allYearsTo, localClosureDays);
    }

    /// <summary>True for a Monday to Friday that is neither a bank holiday nor a local closure day.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var index = date.DayNumber - _fromDay;
        if ((uint)index < (uint)_span)
        {
            return _cumulative[index + 1] != _cumulative[index];
        }

        return IsWeekday(date.DayNumber) && !_closureDays.Contains(date);
    }

    /// <summary>True if the date is a bank holiday (observed day, so substitute days count).</summary>
    public bool IsBankHoliday(DateOnly date) => _holidayNames.ContainsKey(date);

    /// <summary>True if the date is one of the local closure days.</summary>
    public bool IsLocalClosureDay(DateOnly date) => _closureDays.Contains(date);

    /// <summary>The bank holiday's name, or null if the date is not a bank holiday (local closure days have no name).</summary>
    public string? HolidayName(DateOnly date) => _holidayNames.GetValueOrDefault(date);

    /// <summary>
    /// The number of working days d with <paramref name="from"/> &lt; d &lt;= <paramref name="to"/>; negative
    /// (minus the count of working days in (to, from]) when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var f = from.DayNumber - _fromDay;
        var t = to.DayNumber - _fromDay;
        if ((uint)f < (uint)_span && (uint)t < (uint)_span)
        {
            return _cumulative[t + 1] - _cumulative[f + 1];
        }

        return (int)(WorkingUpTo(to.DayNumber) - WorkingUpTo(from.DayNumber));
    }

    /// <summary>
    /// True if <paramref name="later"/> is no more than <paramref name="n"/> working days after
    /// <paramref name="earlier"/>, i.e. <c>WorkingDaysBetween(earlier, later) &lt;= n</c> (the earlier day is not
    /// counted). A <paramref name="later"/> on or before <paramref name="earlier"/> is always within.
    /// </summary>
    public bool IsWithinWorkingDays(DateOnly earlier, DateOnly later, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return WorkingDaysBetween(earlier, later) <= n;
    }

    /// <summary>
    /// The n-th working day after <paramref name="start"/> (start itself is not counted, and need not be a working
    /// day: one working day after a Saturday is the following Monday, if that is a working day). n = 0 returns start;
    /// negative n returns the |n|-th working day before start.
    /// For a working-day start, <c>WorkingDaysBetween(start, AddWorkingDays(start, n)) == n</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The result would fall outside the range of <see cref="DateOnly"/>.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        if (n == 0)
        {
            return start;
        }

        long s = start.DayNumber;
        long day = s;
        if (n > 0)
        {
            // Smallest day after start whose cumulative count reaches W(start) + n. Each step jumps by the
            // shortfall counted in weekdays, which can never overshoot (holidays only lower the count) and
            // always lands on a working day once the shortfall is zero.
            var target = WorkingUpTo(s) + n;
            long shortfall;
            while ((shortfall = target - WorkingUpTo(day)) > 0)
            {
                day = DayOfWeekdayNumber(WeekdaysUpTo(day) + shortfall);
                EnsureRepresentable(day, n);
            }
        }
        else
        {
            // Largest day d before start with |n| working days in [d, start); mirror image of the above.
            var needed = -(long)n;
            var workingBeforeStart = WorkingUpTo(s - 1);
            long shortfall;
            while ((shortfall = needed - (workingBeforeStart - WorkingUpTo(day - 1))) > 0)
            {
                var weekdayNumber = WeekdaysUpTo(day - 1) - shortfall + 1;
                if (weekdayNumber < 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(n), n, "The result would be before DateOnly.MinValue.");
                }

                day = DayOfWeekdayNumber(weekdayNumber);
            }
        }

        return DateOnly.FromDayNumber((int)day);
    }

    private static void EnsureRepresentable(long day, int n)
    {
        if (day > DateOnly.MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The result would be after DateOnly.MaxValue.");
        }
    }

    // Day number 0 (0001-01-01) is a Monday, so day % 7 gives Monday = 0 .. Sunday = 6.
    private static bool IsWeekday(long day) => day % 7 < 5;

    // Number of weekdays in day numbers [0, day]; valid for day >= -1.
    private static long WeekdaysUpTo(long day)
    {
        var days = day + 1;
        return (days / 7 * 5) + Math.Min(days % 7, 5);
    }

    // Day number of the k-th weekday (k >= 1) counting from day number 0.
    private static long DayOfWeekdayNumber(long k) => ((k - 1) / 5 * 7) + ((k - 1) % 5);

    // Absolute number of working days in day numbers [0, day]; valid for day >= -1 (may exceed DateOnly.MaxValue).
    private long WorkingUpTo(long day)
    {
        if (day < _fromDay)
        {
            return WeekdaysUpTo(day) - CountUpTo(_closuresBefore, day);
        }

        if (day <= _toDay)
        {
            return _workingBeforeRange + _cumulative[day - _fromDay + 1];
        }

        return _workingBeforeRange + _cumulative[_span]
            + (WeekdaysUpTo(day) - WeekdaysUpTo(_toDay))
            - CountUpTo(_closuresAfter, day);
    }

    private static int CountUpTo(int[] sortedDays, long day)
    {
        if (sortedDays.Length == 0)
        {
            return 0;
        }

        var key = (int)Math.Clamp(day, int.MinValue, int.MaxValue);
        var index = Array.BinarySearch(sortedDays, key);
        return index >= 0 ? index + 1 : ~index;
    }
}
