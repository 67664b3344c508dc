using OpenCsc.Calendar;
using Xunit;

namespace OpenCsc.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar _calendar = WorkingDayCalendar.EnglandAndWales();

    // The published list alone (2010 to 2030), to test how a calendar behaves outside the years it knows.
    private static WorkingDayCalendar ListOnly(params DateOnly[] closures) =>
        new(BankHolidays.EnglandAndWales, BankHolidays.EnglandAndWalesCoveredFrom, BankHolidays.EnglandAndWalesCoveredTo, closures);

    [Fact]
    public void Exactly_45_working_days_across_christmas_skips_christmas_boxing_and_new_years_day()
    {
        // Arrange: Monday 1 December 2025. Hand count: 17 working days to Wed 24 Dec, Christmas Thu 25 and
        // Boxing Day Fri 26 off, 29-31 Dec make 20, New Year's Day Thu 1 Jan off, Fri 2 Jan makes 21,
        // four full weeks to Fri 30 Jan make 41, then Mon 2 to Thu 5 February make 45.
        var start = new DateOnly(2025, 12, 1);

        // Act
        var due = _calendar.AddWorkingDays(start, 45);

        // Assert
        Assert.Equal(new DateOnly(2026, 2, 5), due);
        Assert.Equal(45, _calendar.WorkingDaysBetween(start, due));
        Assert.True(_calendar.IsWithinWorkingDays(start, due, 45));
        Assert.False(_calendar.IsWithinWorkingDays(start, new DateOnly(2026, 2, 6), 45));
    }

    [Fact]
    public void Icpc_within_15_working_days_of_a_strategy_discussion_before_christmas_2023()
    {
        // Arrange: Fri 15 Dec 2023. 18-22 Dec (5), 25-26 Dec off, 27-29 Dec (8), 1 Jan off,
        // 2-5 Jan (12), 8-10 Jan (15).
        var strategyDiscussion = new DateOnly(2023, 12, 15);

        // Act
        var lastDay = _calendar.AddWorkingDays(strategyDiscussion, 15);

        // Assert
        Assert.Equal(new DateOnly(2024, 1, 10), lastDay);
        Assert.True(_calendar.IsWithinWorkingDays(strategyDiscussion, new DateOnly(2024, 1, 10), 15));
        Assert.False(_calendar.IsWithinWorkingDays(strategyDiscussion, new DateOnly(2024, 1, 11), 15));
    }

    [Fact]
    public void Local_closure_day_is_not_a_working_day_and_pushes_the_timescale_back_one_day()
    {
        // Arrange: the council closes on Christmas Eve 2025 (Wednesday).
        var christmasEve = new DateOnly(2025, 12, 24);
        var calendar = WorkingDayCalendar.EnglandAndWales([christmasEve]);

        // Act
        var due = calendar.AddWorkingDays(new DateOnly(2025, 12, 1), 45);

        // Assert
        Assert.False(calendar.IsWorkingDay(christmasEve));
        Assert.True(calendar.IsLocalClosureDay(christmasEve));
        Assert.Null(calendar.HolidayName(christmasEve));
        Assert.True(_calendar.IsWorkingDay(christmasEve));
        Assert.Equal(new DateOnly(2026, 2, 6), due);
    }

    [Fact]
    public void Leap_day_2024_is_a_working_thursday()
    {
        // Arrange
        var leapDay = new DateOnly(2024, 2, 29);

        // Act / Assert
        Assert.Equal(DayOfWeek.Thursday, leapDay.DayOfWeek);
        Assert.True(_calendar.IsWorkingDay(leapDay));
        Assert.Equal(leapDay, _calendar.AddWorkingDays(new DateOnly(2024, 2, 28), 1));
        Assert.Equal(new DateOnly(2024, 3, 1), _calendar.AddWorkingDays(new DateOnly(2024, 2, 28), 2));
        // Fri 2 Feb, three full weeks, Mon 26 - Thu 29 Feb, Fri 1 Mar: 1 + 15 + 4 + 1.
        Assert.Equal(21, _calendar.WorkingDaysBetween(new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1)));
    }

    [Fact]
    public void Adding_one_working_day_to_a_saturday_gives_the_next_working_day()
    {
        // Arrange
        var ordinarySaturday = new DateOnly(2024, 3, 23);
        var easterSaturday = new DateOnly(2024, 3, 30);

        // Act / Assert
        Assert.Equal(new DateOnly(2024, 3, 25), _calendar.AddWorkingDays(ordinarySaturday, 1));
        Assert.Equal(new DateOnly(2024, 4, 2), _calendar.AddWorkingDays(easterSaturday, 1));
    }

    [Fact]
    public void Adding_zero_working_days_returns_the_start_even_when_it_is_not_a_working_day()
    {
        // Arrange
        var goodFriday = new DateOnly(2024, 3, 29);

        // Act
        var result = _calendar.AddWorkingDays(goodFriday, 0);

        // Assert
        Assert.Equal(goodFriday, result);
    }

    [Fact]
    public void Negative_working_days_go_backwards_over_easter()
    {
        // Arrange
        var easterTuesday = new DateOnly(2024, 4, 2);

        // Act
        var result = _calendar.AddWorkingDays(easterTuesday, -1);

        // Assert
        Assert.Equal(new DateOnly(2024, 3, 28), result);
        Assert.Equal(-1, _calendar.WorkingDaysBetween(easterTuesday, result));
        Assert.Equal(new DateOnly(2024, 3, 28), _calendar.AddWorkingDays(new DateOnly(2024, 3, 31), -1));
    }

    [Fact]
    public void Working_days_between_does_not_count_the_earlier_day_and_is_zero_for_the_same_day()
    {
        // Arrange
        var monday = new DateOnly(2024, 6, 3);
        var friday = new DateOnly(2024, 6, 7);

        // Act / Assert
        Assert.Equal(4, _calendar.WorkingDaysBetween(monday, friday));
        Assert.Equal(-4, _calendar.WorkingDaysBetween(friday, monday));
        Assert.Equal(0, _calendar.WorkingDaysBetween(monday, monday));
        Assert.True(_calendar.IsWithinWorkingDays(friday, monday, 0));
    }

    [Fact]
    public void Is_within_working_days_rejects_a_negative_limit()
    {
        // Arrange
        var day = new DateOnly(2024, 6, 3);

        // Act / Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.IsWithinWorkingDays(day, day, -1));
    }

    [Fact]
    public void Outside_the_covered_range_only_weekends_are_non_working()
    {
        // Arrange: Tue 24 Dec 2030 to Tue 7 Jan 2031. 25 and 26 Dec 2030 are known holidays; 1 Jan 2031 is
        // beyond the data, so counts as a working day: 27, 30, 31 Dec, 1, 2, 3, 6, 7 Jan.
        var calendar = ListOnly();
        var from = new DateOnly(2030, 12, 24);
        var to = new DateOnly(2031, 1, 7);

        // Act
        var count = calendar.WorkingDaysBetween(from, to);

        // Assert
        Assert.Equal(8, count);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2031, 12, 25)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2009, 12, 25)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 12, 27)));
        Assert.Equal(to, calendar.AddWorkingDays(from, 8));
    }

    [Fact]
    public void Local_closure_days_outside_the_covered_range_are_still_honoured()
    {
        // Arrange
        var calendar = ListOnly(new DateOnly(2031, 1, 2), new DateOnly(2009, 12, 31));
        var from = new DateOnly(2030, 12, 24);

        // Act
        var count = calendar.WorkingDaysBetween(from, new DateOnly(2031, 1, 7));
        var due = calendar.AddWorkingDays(from, 8);

        // Assert
        Assert.Equal(7, count);
        Assert.Equal(new DateOnly(2031, 1, 8), due);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2009, 12, 31)));
        // Wed 30 Dec 2009 -> Mon 4 Jan 2010: 31 Dec closed, 1 Jan bank holiday, so only Monday counts.
        Assert.Equal(1, calendar.WorkingDaysBetween(new DateOnly(2009, 12, 30), new DateOnly(2010, 1, 4)));
        Assert.Equal(new DateOnly(2009, 12, 30), calendar.AddWorkingDays(new DateOnly(2010, 1, 4), -1));
    }

    [Fact]
    public void England_and_wales_without_closures_is_a_shared_instance()
    {
        // Act / Assert
        Assert.Same(WorkingDayCalendar.EnglandAndWales(), WorkingDayCalendar.EnglandAndWales());
    }

    [Fact]
    public void Constructor_rejects_a_holiday_outside_the_covered_range()
    {
        // Arrange
        BankHoliday[] holidays = [new(new DateOnly(2031, 1, 1), "New Year's Day")];

        // Act / Assert
        Assert.Throws<ArgumentException>(
            () => new WorkingDayCalendar(holidays, new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31)));
    }

    [Fact]
    public void Add_working_days_and_working_days_between_agree_with_a_naive_day_by_day_count()
    {
        // Arrange
        var closures = new[] { new DateOnly(2015, 12, 24), new DateOnly(2031, 3, 5), new DateOnly(2009, 6, 3) };
        var calendar = WorkingDayCalendar.EnglandAndWales(closures);
        var naive = new NaiveCalendar(BankHolidays.EnglandAndWalesAllYears.Select(h => h.Date), closures);
        var random = new Random(20240229);
        var first = new DateOnly(2009, 6, 1).DayNumber;
        var last = new DateOnly(2031, 6, 30).DayNumber;

        for (var i = 0; i < 3000; i++)
        {
            var start = DateOnly.FromDayNumber(random.Next(first, last + 1));
            var n = random.Next(-400, 401);
            var other = DateOnly.FromDayNumber(random.Next(first, last + 1));

            // Act
            var added = calendar.AddWorkingDays(start, n);
            var between = calendar.WorkingDaysBetween(start, other);

            // Assert
            Assert.Equal(naive.IsWorkingDay(start), calendar.IsWorkingDay(start));
            Assert.Equal(naive.AddWorkingDays(start, n), added);
            Assert.Equal(naive.WorkingDaysBetween(start, other), between);
            if (n >= 0 || naive.IsWorkingDay(start))
            {
                Assert.Equal(n, calendar.WorkingDaysBetween(start, added));
            }
        }
    }

    [Fact]
    public void Working_days_between_over_a_multi_decade_span_matches_a_naive_count()
    {
        // Arrange
        var naive = new NaiveCalendar(BankHolidays.EnglandAndWalesAllYears.Select(h => h.Date), []);
        var from = new DateOnly(1995, 3, 15);
        var to = new DateOnly(2045, 11, 2);

        // Act
        var count = _calendar.WorkingDaysBetween(from, to);

        // Assert
        Assert.Equal(naive.WorkingDaysBetween(from, to), count);
        Assert.Equal(to, _calendar.AddWorkingDays(from, count));
        Assert.Equal(from, _calendar.AddWorkingDays(to, -count));
    }

    /// <summary>Deliberately simple reference implementation: weekends, listed holidays, closures, one day at a time.</summary>
    private sealed class NaiveCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> closures)
    {
        private readonly HashSet<DateOnly> _nonWorking = [.. holidays, .. closures];

        public bool IsWorkingDay(DateOnly d) =>
            d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_nonWorking.Contains(d);

        public DateOnly AddWorkingDays(DateOnly start, int n)
        {
            var step = n < 0 ? -1 : 1;
            var remaining = Math.Abs(n);
            var d = start;
            while (remaining > 0)
            {
                d = d.AddDays(step);
                if (IsWorkingDay(d))
                {
                    remaining--;
                }
            }

            return d;
        }

        public int WorkingDaysBetween(DateOnly from, DateOnly to)
        {
            var (low, high, sign) = from <= to ? (from, to, 1) : (to, from, -1);
            var count = 0;
            for (var d = low.AddDays(1); d <= high; d = d.AddDays(1))
            {
                if (IsWorkingDay(d))
                {
                    count++;
                }
            }

            return sign * count;
        }
    }
}
