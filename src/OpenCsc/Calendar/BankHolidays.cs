using System.Globalization;

namespace OpenCsc.Calendar;

/// <summary>
/// Bank holiday data. The England and Wales list is the embedded resource <c>Calendar/BankHolidays.csv</c>
/// (<c>date,name</c> with ISO dates, one row per observed day, substitute days included), as GOV.UK publishes it for
/// 2010 to 2030. Other years from <see cref="RulesFromYear"/> are worked out by the rules (<see cref="ByRules"/>);
/// the list wins for every year it has, because it carries the one-off days no rule predicts.
/// </summary>
public static class BankHolidays
{
    /// <summary>The first year the rules describe: the early May bank holiday began in 1978.</summary>
    public const int RulesFromYear = 1978;

    /// <summary>The last year the shared calendar covers (any later year can still be asked of <see cref="ByRules"/>).</summary>
    public const int RulesToYear = 2199;

    // One-off days before the embedded list begins, as proclaimed: (date, name, the ordinary day it replaced or null).
    private static readonly (DateOnly Date, string Name, DateOnly? Replaces)[] _earlierOneOffs =
    [
        (new DateOnly(1981, 7, 29), "Bank holiday for the wedding of Prince Charles and Lady Diana Spencer", null),
        (new DateOnly(1995, 5, 8), "Early May bank holiday (VE Day)", new DateOnly(1995, 5, 1)),
        (new DateOnly(1999, 12, 31), "Millennium bank holiday", null),
        (new DateOnly(2002, 6, 3), "Queen's Golden Jubilee", null),
        (new DateOnly(2002, 6, 4), "Spring bank holiday", new DateOnly(2002, 5, 27)),
    ];

    private static readonly Lazy<IReadOnlyList<BankHoliday>> _englandAndWalesAllYears =
        new(() => Between(RulesFromYear, RulesToYear), LazyThreadSafetyMode.ExecutionAndPublication);

    private const string _englandAndWalesResource = "calendar/BankHolidays.csv";

    private static readonly Lazy<IReadOnlyList<BankHoliday>> _englandAndWales =
        new(LoadEnglandAndWales, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>England and Wales bank holidays, sorted by date, from the embedded CSV.</summary>
    public static IReadOnlyList<BankHoliday> EnglandAndWales => _englandAndWales.Value;

    /// <summary>First day covered by <see cref="EnglandAndWales"/> (1 January of its first year).</summary>
    public static DateOnly EnglandAndWalesCoveredFrom => new(EnglandAndWales[0].Date.Year, 1, 1);

    /// <summary>Last day covered by <see cref="EnglandAndWales"/> (31 December of its last year).</summary>
    public static DateOnly EnglandAndWalesCoveredTo => new(EnglandAndWales[^1].Date.Year, 12, 31);

    /// <summary>
    /// England and Wales bank holidays from 1 January <see cref="RulesFromYear"/> to 31 December
    /// <see cref="RulesToYear"/>: the embedded list for the years it has, the rules (and the known one-off days before
    /// the list begins) for the rest.
    /// </summary>
    public static IReadOnlyList<BankHoliday> EnglandAndWalesAllYears => _englandAndWalesAllYears.Value;

    /// <summary>One year's England and Wales bank holidays: the embedded list's when it has the year, else the rules'.</summary>
    public static IReadOnlyList<BankHoliday> ForYear(int year)
    {
        var listed = EnglandAndWales.Where(h => h.Date.Year == year).ToList();
        if (listed.Count > 0)
        {
            return listed.AsReadOnly();
        }

        var byRules = ByRules(year).ToList();
        foreach (var oneOff in _earlierOneOffs.Where(o => o.Date.Year == year))
        {
            if (oneOff.Replaces is { } replaced)
            {
                byRules.RemoveAll(h => h.Date == replaced);
            }

            byRules.Add(new BankHoliday(oneOff.Date, oneOff.Name));
        }

        byRules.Sort((a, b) => a.Date.CompareTo(b.Date));
        return byRules.AsReadOnly();
    }

    /// <summary>
    /// The ordinary bank holidays of a year in England and Wales by the Banking and Financial Dealings Act 1971 and
    /// the yearly proclamations: New Year's Day, Good Friday, Easter Monday, the first Monday in May, the last Mondays
    /// in May and August, Christmas Day and Boxing Day, a day falling at a weekend observed on the next weekday that is
    /// not already a holiday. No one-off days (jubilees, royal weddings, a moved early May): see <see cref="ForYear"/>.
    /// </summary>
    public static IReadOnlyList<BankHoliday> ByRules(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, RulesFromYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        var holidays = new List<BankHoliday>(8);
        var newYear = new DateOnly(year, 1, 1);
        holidays.Add(newYear.DayOfWeek switch
        {
            DayOfWeek.Saturday => new BankHoliday(newYear.AddDays(2), "New Year's Day (substitute day)"),
            DayOfWeek.Sunday => new BankHoliday(newYear.AddDays(1), "New Year's Day (substitute day)"),
            _ => new BankHoliday(newYear, "New Year's Day"),
        });
        var easter = EasterSunday(year);
        holidays.Add(new BankHoliday(easter.AddDays(-2), "Good Friday"));
        holidays.Add(new BankHoliday(easter.AddDays(1), "Easter Monday"));
        holidays.Add(new BankHoliday(FirstMonday(year, 5), "Early May bank holiday"));
        holidays.Add(new BankHoliday(LastMonday(year, 5), "Spring bank holiday"));
        holidays.Add(new BankHoliday(LastMonday(year, 8), "Summer bank holiday"));

        var christmas = new DateOnly(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Saturday:
                holidays.Add(new BankHoliday(christmas.AddDays(2), "Christmas Day (substitute day)"));
                holidays.Add(new BankHoliday(christmas.AddDays(3), "Boxing Day (substitute day)"));
                break;
            case DayOfWeek.Sunday:
                // Boxing Day falls on the Monday as usual, so Christmas moves to the Tuesday.
                holidays.Add(new BankHoliday(christmas.AddDays(1), "Boxing Day"));
                holidays.Add(new BankHoliday(christmas.AddDays(2), "Christmas Day (substitute day)"));
                break;
            case DayOfWeek.Friday:
                holidays.Add(new BankHoliday(christmas, "Christmas Day"));
                holidays.Add(new BankHoliday(christmas.AddDays(3), "Boxing Day (substitute day)"));
                break;
            default:
                holidays.Add(new BankHoliday(christmas, "Christmas Day"));
                holidays.Add(new BankHoliday(christmas.AddDays(1), "Boxing Day"));
                break;
        }

        return holidays.AsReadOnly();
    }

    /// <summary>Bank holidays of the years given, both included, each year as <see cref="ForYear"/> gives it.</summary>
    public static IReadOnlyList<BankHoliday> Between(int firstYear, int lastYear)
    {
        var result = new List<BankHoliday>((lastYear - firstYear + 1) * 8);
        for (var year = firstYear; year <= lastYear; year++)
        {
            result.AddRange(ForYear(year));
        }

        return result.AsReadOnly();
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    /// <summary>
    /// Parses <c>date,name</c> CSV text (header row required; blank lines ignored). Names may not contain commas
    /// or quotes. Returns the holidays sorted by date; a date appearing twice is an error.
    /// </summary>
    public static IReadOnlyList<BankHoliday> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var header = reader.ReadLine();
        if (!string.Equals(header?.Trim(), "date,name", StringComparison.Ordinal))
        {
            throw new FormatException($"Bank holiday CSV must start with the header 'date,name' but starts with '{header}'.");
        }

        var result = new List<BankHoliday>();
        var seen = new HashSet<DateOnly>();
        var lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || comma == line.Length - 1)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Bank holiday CSV line {lineNumber}: expected 'date,name' but found '{line}'."));
            }

            if (!DateOnly.TryParseExact(line.AsSpan(0, comma), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Bank holiday CSV line {lineNumber}: '{line[..comma]}' is not an ISO date (yyyy-MM-dd)."));
            }

            if (!seen.Add(date))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Bank holiday CSV line {lineNumber}: {date:yyyy-MM-dd} appears more than once."));
            }

            result.Add(new BankHoliday(date, line[(comma + 1)..].Trim()));
        }

        result.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result.AsReadOnly();
    }

    private static IReadOnlyList<BankHoliday> LoadEnglandAndWales()
    {
        using var stream = typeof(BankHolidays).Assembly.GetManifestResourceStream(_englandAndWalesResource)
            ?? throw new InvalidOperationException($"Embedded resource '{_englandAndWalesResource}' is missing.");
        using var reader = new StreamReader(stream);
        var holidays = Parse(reader);
        if (holidays.Count == 0)
        {
            throw new InvalidOperationException($"Embedded resource '{_englandAndWalesResource}' contains no bank holidays.");
        }

        return holidays;
    }
}
