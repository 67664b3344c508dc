using OpenCsc.Calendar;
using Xunit;

namespace OpenCsc.Tests.Calendar;

public class BankHolidaysTests
{
    private static readonly WorkingDayCalendar _calendar = WorkingDayCalendar.EnglandAndWales();

    [Fact]
    public void Embedded_csv_covers_2010_to_2030_inclusive()
    {
        // Arrange
        var holidays = BankHolidays.EnglandAndWales;

        // Act
        var years = holidays.Select(h => h.Date.Year).Distinct().Order().ToArray();

        // Assert
        Assert.Equal(Enumerable.Range(2010, 21), years);
        Assert.Equal(new DateOnly(2010, 1, 1), holidays[0].Date);
        Assert.Equal(new DateOnly(2030, 12, 26), holidays[^1].Date);
        Assert.Equal(new DateOnly(2010, 1, 1), BankHolidays.EnglandAndWalesCoveredFrom);
        Assert.Equal(new DateOnly(2030, 12, 31), BankHolidays.EnglandAndWalesCoveredTo);
        // The shared calendar goes on by the rules either side of the list.
        Assert.Equal(new DateOnly(1978, 1, 1), _calendar.CoveredFrom);
        Assert.Equal(new DateOnly(2199, 12, 31), _calendar.CoveredTo);
    }

    [Fact]
    public void Every_listed_bank_holiday_is_an_observed_weekday_listed_once_in_date_order()
    {
        // Arrange
        var holidays = BankHolidays.EnglandAndWales;

        // Act
        var weekendHolidays = holidays.Where(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday).ToList();

        // Assert
        Assert.Empty(weekendHolidays);
        Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
        Assert.Equal(holidays.Select(h => h.Date).Order(), holidays.Select(h => h.Date));
        Assert.All(holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.Name)));
    }

    [Theory]
    [InlineData(2010, 8)]
    [InlineData(2011, 9)] // royal wedding
    [InlineData(2012, 9)] // Diamond Jubilee
    [InlineData(2013, 8)]
    [InlineData(2014, 8)]
    [InlineData(2015, 8)]
    [InlineData(2016, 8)]
    [InlineData(2017, 8)]
    [InlineData(2018, 8)]
    [InlineData(2019, 8)]
    [InlineData(2020, 8)] // early May moved, not added
    [InlineData(2021, 8)]
    [InlineData(2022, 10)] // Platinum Jubilee and State Funeral
    [InlineData(2023, 9)] // coronation
    [InlineData(2024, 8)]
    [InlineData(2025, 8)]
    [InlineData(2026, 8)]
    [InlineData(2027, 8)]
    [InlineData(2028, 8)]
    [InlineData(2029, 8)]
    [InlineData(2030, 8)]
    public void Number_of_bank_holidays_in_year_matches_the_proclaimed_count(int year, int expected)
    {
        // Arrange
        var holidays = BankHolidays.EnglandAndWales;

        // Act
        var count = holidays.Count(h => h.Date.Year == year);

        // Assert
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData(2024, 3, 29, "Good Friday")]
    [InlineData(2024, 4, 1, "Easter Monday")]
    [InlineData(2019, 4, 19, "Good Friday")]
    [InlineData(2019, 4, 22, "Easter Monday")]
    public void Easter_holidays_fall_on_good_friday_and_easter_monday(int year, int month, int day, string expectedName)
    {
        // Arrange
        var date = new DateOnly(year, month, day);

        // Act
        var name = _calendar.HolidayName(date);

        // Assert
        Assert.Equal(expectedName, name);
        Assert.False(_calendar.IsWorkingDay(date));
    }

    [Fact]
    public void Days_around_easter_2024_are_working_days()
    {
        // Arrange: Maundy Thursday 28 March, Easter Tuesday 2 April 2024.
        var thursday = new DateOnly(2024, 3, 28);
        var tuesday = new DateOnly(2024, 4, 2);

        // Act / Assert
        Assert.True(_calendar.IsWorkingDay(thursday));
        Assert.True(_calendar.IsWorkingDay(tuesday));
        Assert.Equal(1, _calendar.WorkingDaysBetween(thursday, tuesday));
    }

    [Fact]
    public void Christmas_2021_on_a_saturday_gives_substitute_days_on_monday_27_and_tuesday_28()
    {
        // Arrange
        var christmasDay = new DateOnly(2021, 12, 25);

        // Act / Assert
        Assert.Equal(DayOfWeek.Saturday, christmasDay.DayOfWeek);
        Assert.Null(_calendar.HolidayName(christmasDay));
        Assert.Null(_calendar.HolidayName(new DateOnly(2021, 12, 26)));
        Assert.Equal("Christmas Day (substitute day)", _calendar.HolidayName(new DateOnly(2021, 12, 27)));
        Assert.Equal("Boxing Day (substitute day)", _calendar.HolidayName(new DateOnly(2021, 12, 28)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2021, 12, 24)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2021, 12, 29)));
        Assert.Equal(1, _calendar.WorkingDaysBetween(new DateOnly(2021, 12, 24), new DateOnly(2021, 12, 29)));
    }

    [Fact]
    public void Christmas_2022_on_a_sunday_gives_boxing_day_monday_26_and_substitute_tuesday_27()
    {
        // Arrange
        var christmasDay = new DateOnly(2022, 12, 25);

        // Act / Assert
        Assert.Equal(DayOfWeek.Sunday, christmasDay.DayOfWeek);
        Assert.Equal("Boxing Day", _calendar.HolidayName(new DateOnly(2022, 12, 26)));
        Assert.Equal("Christmas Day (substitute day)", _calendar.HolidayName(new DateOnly(2022, 12, 27)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2022, 12, 26)));
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2022, 12, 27)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2022, 12, 28)));
    }

    [Theory]
    [InlineData(2010, 12, 27)]
    [InlineData(2010, 12, 28)]
    [InlineData(2011, 12, 26)]
    [InlineData(2011, 12, 27)]
    [InlineData(2015, 12, 28)] // Boxing Day on a Saturday
    [InlineData(2016, 12, 26)]
    [InlineData(2016, 12, 27)]
    [InlineData(2020, 12, 28)] // Boxing Day on a Saturday
    [InlineData(2027, 12, 27)]
    [InlineData(2027, 12, 28)]
    public void Christmas_and_boxing_day_substitutes_are_bank_holidays(int year, int month, int day)
    {
        // Arrange
        var date = new DateOnly(year, month, day);

        // Act
        var isBankHoliday = _calendar.IsBankHoliday(date);

        // Assert
        Assert.True(isBankHoliday);
        Assert.False(_calendar.IsWorkingDay(date));
    }

    [Fact]
    public void New_year_2022_on_a_saturday_is_observed_on_monday_3_january()
    {
        // Arrange
        var newYearsDay = new DateOnly(2022, 1, 1);
        var monday = new DateOnly(2022, 1, 3);

        // Act
        var name = _calendar.HolidayName(monday);

        // Assert
        Assert.Equal(DayOfWeek.Saturday, newYearsDay.DayOfWeek);
        Assert.Equal("New Year's Day (substitute day)", name);
        Assert.False(_calendar.IsWorkingDay(monday));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2022, 1, 4)));
    }

    [Fact]
    public void Platinum_jubilee_2022_moves_spring_bank_holiday_to_2_june_and_adds_3_june()
    {
        // Arrange
        var lastMondayInMay = new DateOnly(2022, 5, 30);

        // Act / Assert
        Assert.True(_calendar.IsWorkingDay(lastMondayInMay));
        Assert.Equal("Spring bank holiday", _calendar.HolidayName(new DateOnly(2022, 6, 2)));
        Assert.Equal("Platinum Jubilee bank holiday", _calendar.HolidayName(new DateOnly(2022, 6, 3)));
        // After Tue 31 May up to Mon 6 June: Wed 1 June and Mon 6 June only.
        Assert.Equal(2, _calendar.WorkingDaysBetween(new DateOnly(2022, 5, 31), new DateOnly(2022, 6, 6)));
    }

    [Fact]
    public void State_funeral_of_queen_elizabeth_ii_on_19_september_2022_is_a_bank_holiday()
    {
        // Arrange
        var funeral = new DateOnly(2022, 9, 19);

        // Act
        var name = _calendar.HolidayName(funeral);

        // Assert
        Assert.Equal("Bank holiday for the State Funeral of Queen Elizabeth II", name);
        Assert.False(_calendar.IsWorkingDay(funeral));
    }

    [Fact]
    public void Coronation_of_king_charles_iii_on_8_may_2023_is_an_extra_bank_holiday()
    {
        // Arrange
        var earlyMay = new DateOnly(2023, 5, 1);
        var coronation = new DateOnly(2023, 5, 8);

        // Act / Assert
        Assert.Equal("Early May bank holiday", _calendar.HolidayName(earlyMay));
        Assert.Equal("Bank holiday for the coronation of King Charles III", _calendar.HolidayName(coronation));
        Assert.False(_calendar.IsWorkingDay(coronation));
    }

    [Fact]
    public void Ve_day_2020_moves_early_may_bank_holiday_from_monday_4_to_friday_8_may()
    {
        // Arrange
        var firstMondayInMay = new DateOnly(2020, 5, 4);
        var veDay = new DateOnly(2020, 5, 8);

        // Act / Assert
        Assert.True(_calendar.IsWorkingDay(firstMondayInMay));
        Assert.Null(_calendar.HolidayName(firstMondayInMay));
        Assert.False(_calendar.IsWorkingDay(veDay));
        Assert.Equal("Early May bank holiday (VE Day)", _calendar.HolidayName(veDay));
    }

    [Fact]
    public void Royal_wedding_2011_and_diamond_jubilee_2012_are_bank_holidays()
    {
        // Arrange / Act / Assert
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2011, 4, 29)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2012, 5, 28))); // last Monday in May 2012: moved
        Assert.Equal("Spring bank holiday", _calendar.HolidayName(new DateOnly(2012, 6, 4)));
        Assert.Equal("Queen's Diamond Jubilee", _calendar.HolidayName(new DateOnly(2012, 6, 5)));
    }

    [Fact]
    public void Parse_rejects_a_missing_header()
    {
        // Arrange
        using var reader = new StringReader("2024-01-01,New Year's Day\n");

        // Act / Assert
        Assert.Throws<FormatException>(() => BankHolidays.Parse(reader));
    }

    [Fact]
    public void Parse_rejects_a_date_listed_twice()
    {
        // Arrange
        using var reader = new StringReader("date,name\n2024-01-01,A\n2024-01-01,B\n");

        // Act / Assert
        Assert.Throws<FormatException>(() => BankHolidays.Parse(reader));
    }

    [Fact]
    public void Parse_reads_rows_and_sorts_them_by_date()
    {
        // Arrange
        using var reader = new StringReader("date,name\n2024-12-25,Christmas Day\n\n2024-01-01,New Year's Day\n");

        // Act
        var holidays = BankHolidays.Parse(reader);

        // Assert
        Assert.Equal(
            [new BankHoliday(new DateOnly(2024, 1, 1), "New Year's Day"), new BankHoliday(new DateOnly(2024, 12, 25), "Christmas Day")],
            holidays);
    }
}
