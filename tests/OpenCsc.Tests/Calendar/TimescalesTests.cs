using OpenCsc.Calendar;
using Xunit;

namespace OpenCsc.Tests.Calendar;

public class TimescalesTests
{
    [Theory]
    [InlineData(2023, 1, 31, 1, 2023, 2, 28)]
    [InlineData(2024, 1, 31, 1, 2024, 2, 29)]
    [InlineData(2024, 3, 31, -1, 2024, 2, 29)]
    [InlineData(2024, 8, 31, 1, 2024, 9, 30)]
    [InlineData(2024, 2, 29, 12, 2025, 2, 28)]
    [InlineData(2024, 5, 15, 6, 2024, 11, 15)]
    public void Add_months_clamps_to_the_end_of_a_shorter_month(int y, int m, int d, int months, int ey, int em, int ed)
    {
        // Arrange
        var date = new DateOnly(y, m, d);

        // Act
        var result = Timescales.AddMonths(date, months);

        // Assert
        Assert.Equal(new DateOnly(ey, em, ed), result);
    }

    [Theory]
    [InlineData(2024, 2, 22, 1, 2024, 2, 29)]
    [InlineData(2024, 12, 27, 2, 2025, 1, 10)]
    [InlineData(2024, 3, 7, -2, 2024, 2, 22)]
    public void Add_weeks_adds_seven_calendar_days_per_week(int y, int m, int d, int weeks, int ey, int em, int ed)
    {
        // Arrange
        var date = new DateOnly(y, m, d);

        // Act
        var result = Timescales.AddWeeks(date, weeks);

        // Assert
        Assert.Equal(new DateOnly(ey, em, ed), result);
    }

    [Theory]
    [InlineData(2010, 6, 15, 2028, 6, 14, 17)]
    [InlineData(2010, 6, 15, 2028, 6, 15, 18)]
    [InlineData(2010, 6, 15, 2010, 6, 15, 0)]
    [InlineData(2008, 2, 29, 2026, 2, 28, 17)] // non-leap year: not yet 18 on 28 February
    [InlineData(2008, 2, 29, 2026, 3, 1, 18)] // ...attains 18 on 1 March
    [InlineData(2008, 2, 29, 2024, 2, 28, 15)]
    [InlineData(2008, 2, 29, 2024, 2, 29, 16)] // leap year: birthday itself
    public void Age_in_years_counts_completed_years_with_leap_day_birthdays_attained_on_1_march(
        int by, int bm, int bd, int ay, int am, int ad, int expected)
    {
        // Arrange
        var dateOfBirth = new DateOnly(by, bm, bd);
        var asAt = new DateOnly(ay, am, ad);

        // Act
        var age = Timescales.AgeInYears(dateOfBirth, asAt);

        // Assert
        Assert.Equal(expected, age);
    }

    [Fact]
    public void Age_in_years_rejects_a_date_before_birth()
    {
        // Arrange
        var dateOfBirth = new DateOnly(2020, 5, 1);

        // Act / Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => Timescales.AgeInYears(dateOfBirth, new DateOnly(2020, 4, 30)));
    }
}
