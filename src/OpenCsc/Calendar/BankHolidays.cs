using System.Globalization;

namespace OpenCsc.Calendar;

/// <summary>
/// Bank holiday data. The England and Wales list is the embedded resource <c>Calendar/BankHolidays.csv</c>
/// (<c>date,name</c> with ISO dates, one row per observed day, substitute days included).
/// </summary>
public static class BankHolidays
{
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
