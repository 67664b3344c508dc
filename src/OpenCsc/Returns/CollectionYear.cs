using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenCsc.Returns;

/// <summary>
/// A DfE collection year: <c>CollectionYear(2025)</c> runs from 1 April 2025 to 31 March 2026, is labelled
/// "2025/26", is the CIN census collected in 2026 (CIN_schema_2026.xsd) and the SSDA903 return for 2025/26.
/// </summary>
public readonly record struct CollectionYear : IComparable<CollectionYear>, IParsable<CollectionYear>
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    public CollectionYear(int year)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A collection year is between {MinYear} and {MaxYear}.");
        }

        Year = year;
    }

    /// <summary>The calendar year in which the collection year starts (1 April).</summary>
    public int Year { get; }

    public DateOnly Start => new(Year, 4, 1);

    public DateOnly End => new(Year + 1, 3, 31);

    /// <summary>The year in the name of the CIN census schema for this collection (CIN_schema_2026.xsd for 2025/26).</summary>
    public int CinSchemaYear => Year + 1;

    /// <summary>"2025/26".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year}/{(Year + 1) % 100:00}");

    /// <summary>
    /// True from 2024/25, when the CIN census and the SSDA903 return code sex as M/F/U; before it the CIN census
    /// had GenderCurrent 1/2/0/9 and the SSDA903 SEX 1/2.
    /// </summary>
    public bool CodesSexAsMfu => Year >= 2024;

    public static CollectionYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public CollectionYear Previous => new(Year - 1);

    public CollectionYear Next => new(Year + 1);

    /// <summary>Parses "2025", "2025/26" or "2025-26".</summary>
    public static CollectionYear Parse(string s) =>
        TryParse(s, out var year)
            ? year
            : throw new FormatException($"'{s}' is not a collection year: expected the year it starts, e.g. 2025 for 2025/26.");

    static CollectionYear IParsable<CollectionYear>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<CollectionYear>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CollectionYear result) =>
        TryParse(s, out result);

    public static bool TryParse([NotNullWhen(true)] string? s, out CollectionYear result)
    {
        result = default;
        if (s is null)
        {
            return false;
        }

        var text = s.AsSpan().Trim();
        int? second = null;
        if (text.Length == 7 && (text[4] == '/' || text[4] == '-'))
        {
            if (!int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out int yy))
            {
                return false;
            }

            second = yy;
            text = text[..4];
        }

        if (text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || year < MinYear || year > MaxYear)
        {
            return false;
        }

        if (second is { } end && end != (year + 1) % 100)
        {
            return false;
        }

        result = new CollectionYear(year);
        return true;
    }

    public int CompareTo(CollectionYear other) => Year.CompareTo(other.Year);

    public static bool operator <(CollectionYear left, CollectionYear right) => left.Year < right.Year;

    public static bool operator >(CollectionYear left, CollectionYear right) => left.Year > right.Year;

    public static bool operator <=(CollectionYear left, CollectionYear right) => left.Year <= right.Year;

    public static bool operator >=(CollectionYear left, CollectionYear right) => left.Year >= right.Year;

    public override string ToString() => Label;
}
