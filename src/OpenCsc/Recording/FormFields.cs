using System.Globalization;

namespace OpenCsc.Recording;

/// <summary>
/// The checks every recording form makes on what was typed, with messages in the GOV.UK Design System's words: dates as
/// day, month and year boxes, times as hours and minutes, text with its limits, and choices from a list.
/// </summary>
public static class FormFields
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A date from its three boxes; null (and a problem when required or malformed) otherwise.</summary>
    public static DateOnly? Date(string? day, string? month, string? year, string field, string what, bool required, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(what);
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            if (required)
            {
                problems.Add(new(field, $"Enter {what}"));
            }

            return null;
        }

        if (!int.TryParse(day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            problems.Add(new(field, $"{Capitalised(what)} must be a real date, for example 27 3 2026"));
            return null;
        }

        return new DateOnly(y, m, d);
    }

    /// <summary>A date that must be today or earlier.</summary>
    public static DateOnly? PastDate(string? day, string? month, string? year, string field, string what, bool required, DateOnly today, List<FieldProblem> problems)
    {
        DateOnly? date = Date(day, month, year, field, what, required, problems);
        if (date > today)
        {
            problems.Add(new(field, $"{Capitalised(what)} must be today or in the past"));
            return null;
        }

        return date;
    }

    /// <summary>A time of day as hours and minutes (17:30).</summary>
    public static TimeOnly? Time(string? value, string field, string what, bool required, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(new(field, $"Enter {what}"));
            }

            return null;
        }

        if (TimeOnly.TryParseExact(value.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly time))
        {
            return time;
        }

        problems.Add(new(field, $"Enter {what} as hours and minutes, for example 17:30"));
        return null;
    }

    /// <summary>Text, trimmed; a problem when required and empty, or shorter or longer than its limits.</summary>
    public static string? Text(string? value, string field, string what, bool required, int minimum, int maximum, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        string text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(new(field, $"Enter {what}"));
            }

            return null;
        }

        if (text.Length < minimum)
        {
            problems.Add(new(field, $"{Capitalised(what)} must be at least {minimum} characters"));
        }
        else if (text.Length > maximum)
        {
            problems.Add(new(field, $"{Capitalised(what)} must be {maximum.ToString("N0", English)} characters or fewer"));
        }

        return text;
    }

    /// <summary>One of an enum's named values, as a radio button sends it.</summary>
    public static TEnum? Choice<TEnum>(string? value, string field, string message, List<FieldProblem> problems)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (!string.IsNullOrEmpty(value) && !char.IsAsciiDigit(value[0]) && value[0] != '-'
            && Enum.TryParse(value, out TEnum parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        problems.Add(new(field, message));
        return null;
    }

    /// <summary>One of a list of codes (a DfE code list), as a select or radio sends it.</summary>
    public static string? Code(string? value, IReadOnlyCollection<string> codes, string field, string message, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(problems);
        string code = value?.Trim() ?? "";
        if (codes.Contains(code))
        {
            return code;
        }

        problems.Add(new(field, message));
        return null;
    }

    /// <summary>A date for messages: 27 March 2026.</summary>
    public static string Show(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static string Capitalised(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what[1..];
}
