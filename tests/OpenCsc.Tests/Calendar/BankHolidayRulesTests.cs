using OpenCsc.Calendar;
using Xunit;

namespace OpenCsc.Tests.Calendar;

/// <summary>The bank holidays worked out by the rules for the years the published list does not have (dates checked by hand).</summary>
public class BankHolidayRulesTests
{
    private static readonly WorkingDayCalendar _calendar = WorkingDayCalendar.EnglandAndWales();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(1981, 4, 19)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2024, 3, 31)]
    [InlineData(2031, 4, 13)]
    [InlineData(2032, 3, 28)]
    [InlineData(2038, 4, 25)] // the latest Easter Sunday can be
    [InlineData(2285, 3, 22)] // the earliest
    public void Easter_sunday_by_the_computus(int year, int month, int day)
    {
        Assert.Equal(D(year, month, day), BankHolidays.EasterSunday(year));
    }

    [Fact]
    public void The_bank_holidays_of_2031_by_the_rules()
    {
        // Easter Sunday 13 April 2031; 1 Jan a Wednesday; 1 May a Thursday, so the first Monday is 5 May; 31 May a
        // Saturday, so the last Monday is 26 May; 31 August a Sunday, so 25 August; 25 December a Thursday.
        DateOnly[] expected = [D(2031, 1, 1), D(2031, 4, 11), D(2031, 4, 14), D(2031, 5, 5), D(2031, 5, 26), D(2031, 8, 25), D(2031, 12, 25), D(2031, 12, 26)];

        Assert.Equal(expected, BankHolidays.ForYear(2031).Select(h => h.Date));
        Assert.Equal("Good Friday", _calendar.HolidayName(D(2031, 4, 11)));
        Assert.Equal("Easter Monday", _calendar.HolidayName(D(2031, 4, 14)));
        Assert.False(_calendar.IsWorkingDay(D(2031, 1, 1)));
        Assert.True(_calendar.IsWorkingDay(D(2031, 4, 10)));
        Assert.True(_calendar.IsWorkingDay(D(2031, 4, 15)));
        // Thu 10 April to Tue 15 April 2031: Friday and Monday are holidays, so only the Tuesday counts.
        Assert.Equal(1, _calendar.WorkingDaysBetween(D(2031, 4, 10), D(2031, 4, 15)));
    }

    [Fact]
    public void Christmas_2032_on_a_saturday_gives_substitute_days_on_monday_27_and_tuesday_28()
    {
        Assert.Equal(DayOfWeek.Saturday, D(2032, 12, 25).DayOfWeek);
        Assert.Null(_calendar.HolidayName(D(2032, 12, 25)));
        Assert.Null(_calendar.HolidayName(D(2032, 12, 26)));
        Assert.Equal("Christmas Day (substitute day)", _calendar.HolidayName(D(2032, 12, 27)));
        Assert.Equal("Boxing Day (substitute day)", _calendar.HolidayName(D(2032, 12, 28)));
        Assert.Equal(1, _calendar.WorkingDaysBetween(D(2032, 12, 24), D(2032, 12, 29)));
    }

    [Fact]
    public void Christmas_2033_on_a_sunday_gives_boxing_day_on_monday_26_and_christmas_on_tuesday_27()
    {
        Assert.Equal(DayOfWeek.Sunday, D(2033, 12, 25).DayOfWeek);
        Assert.Equal("Boxing Day", _calendar.HolidayName(D(2033, 12, 26)));
        Assert.Equal("Christmas Day (substitute day)", _calendar.HolidayName(D(2033, 12, 27)));
        Assert.True(_calendar.IsWorkingDay(D(2033, 12, 28)));
    }

    [Fact]
    public void New_year_2033_on_a_saturday_is_observed_on_monday_3_january()
    {
        Assert.Equal(DayOfWeek.Saturday, D(2033, 1, 1).DayOfWeek);
        Assert.Equal("New Year's Day (substitute day)", _calendar.HolidayName(D(2033, 1, 3)));
        Assert.True(_calendar.IsWorkingDay(D(2033, 1, 4)));
    }

    [Theory]
    [InlineData(2009, 12, 28, "Boxing Day (substitute day)")] // 25 Dec 2009 a Friday, Boxing Day a Saturday
    [InlineData(2004, 12, 27, "Christmas Day (substitute day)")] // 25 Dec 2004 a Saturday
    [InlineData(2004, 12, 28, "Boxing Day (substitute day)")]
    [InlineData(2005, 1, 3, "New Year's Day (substitute day)")] // 1 Jan 2005 a Saturday
    [InlineData(1999, 12, 31, "Millennium bank holiday")]
    [InlineData(2002, 6, 3, "Queen's Golden Jubilee")]
    [InlineData(2002, 6, 4, "Spring bank holiday")] // moved from Monday 27 May 2002
    [InlineData(1995, 5, 8, "Early May bank holiday (VE Day)")] // moved from Monday 1 May 1995
    [InlineData(1981, 7, 29, "Bank holiday for the wedding of Prince Charles and Lady Diana Spencer")]
    public void Bank_holidays_before_the_published_list(int year, int month, int day, string name)
    {
        Assert.Equal(name, _calendar.HolidayName(D(year, month, day)));
        Assert.False(_calendar.IsWorkingDay(D(year, month, day)));
    }

    [Fact]
    public void Days_a_one_off_moved_a_bank_holiday_from_are_working_days()
    {
        Assert.True(_calendar.IsWorkingDay(D(2002, 5, 27)));
        Assert.True(_calendar.IsWorkingDay(D(1995, 5, 1)));
    }

    [Theory]
    [InlineData(2010)]
    [InlineData(2013)]
    [InlineData(2014)]
    [InlineData(2015)]
    [InlineData(2016)]
    [InlineData(2017)]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2021)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void The_published_list_agrees_with_the_rules_in_every_ordinary_year(int year)
    {
        Assert.Equal(
            BankHolidays.EnglandAndWales.Where(h => h.Date.Year == year),
            BankHolidays.ByRules(year));
    }

    /// <summary>The one-off years: exactly the proclaimed days differ from the rules, each named.</summary>
    [Theory]
    [InlineData(2011, "2011-04-29", "")] // royal wedding
    [InlineData(2012, "2012-06-04,2012-06-05", "2012-05-28")] // Diamond Jubilee: spring moved to Monday 4 June, Tuesday 5 June added
    [InlineData(2020, "2020-05-08", "2020-05-04")] // VE Day 75: early May moved to Friday 8 May
    [InlineData(2022, "2022-06-02,2022-06-03,2022-09-19", "2022-05-30")] // Platinum Jubilee, State Funeral
    [InlineData(2023, "2023-05-08", "")] // coronation
    public void The_published_list_differs_from_the_rules_only_by_the_one_off_days(int year, string added, string removed)
    {
        var listed = BankHolidays.EnglandAndWales.Where(h => h.Date.Year == year).Select(h => h.Date).ToHashSet();
        var byRules = BankHolidays.ByRules(year).Select(h => h.Date).ToHashSet();

        Assert.Equal(Dates(added), listed.Except(byRules).Order());
        Assert.Equal(Dates(removed), byRules.Except(listed).Order());
        Assert.Equal(listed, BankHolidays.ForYear(year).Select(h => h.Date).ToHashSet());
    }

    [Fact]
    public void Every_year_of_the_shared_calendar_has_its_bank_holidays_on_weekdays_once_each()
    {
        var holidays = BankHolidays.EnglandAndWalesAllYears;

        Assert.All(holidays, h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), h.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
        Assert.All(holidays.GroupBy(h => h.Date.Year), year => Assert.InRange(year.Count(), 8, 10));
        Assert.Equal(Enumerable.Range(BankHolidays.RulesFromYear, BankHolidays.RulesToYear - BankHolidays.RulesFromYear + 1), holidays.Select(h => h.Date.Year).Distinct());
    }

    private static DateOnly[] Dates(string text) =>
        text.Length == 0 ? [] : [.. text.Split(',').Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Order()];
}
