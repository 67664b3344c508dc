using System.Globalization;
using OpenCsc.Recording;

namespace OpenCsc.Web.Recording;

/// <summary>
/// Reads a posted form into a use case's typed command, with the GOV.UK Design System's messages for what is missing or
/// malformed, and each value's own limits (today or earlier, a text's length), so that all of them are shown at once.
/// The use case checks its rules again (a command may come from elsewhere) and checks what needs the record. Each read names the command's field and the form input it comes from, so
/// that a problem about the field, found here or by the use case, links to that input in the error summary. The one
/// parser of dates, times, choices and codes typed into a form.
/// </summary>
public sealed class FormReader
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly Func<string, string?> _value;
    private readonly Dictionary<string, string> _inputs = new(StringComparer.Ordinal);
    private readonly FieldProblems _problems = [];

    public FormReader(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        _value = name => form.TryGetValue(name, out var values) ? values.ToString() : null;
        Form = form;
    }

    /// <summary>A reader over plain values (name to value), for tests and for forms built in code.</summary>
    public FormReader(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _value = name => values.GetValueOrDefault(name);
        Form = null;
    }

    public IFormCollection? Form { get; }

    /// <summary>The problems found so far, against command fields.</summary>
    public IReadOnlyList<FieldProblem> Problems => _problems;

    public bool IsValid => _problems.Count == 0;

    /// <summary>The value as typed, for showing the form again.</summary>
    public string? Raw(string name) => _value(name);

    /// <summary>The form input a command field was read from (where the error summary links); kebab-case of the field otherwise.</summary>
    public string InputFor(string field) => _inputs.TryGetValue(field, out string? input) ? input : Kebab(field);

    /// <summary>Names the input a field's problems link to, for a field the use case checks but the form does not read directly.</summary>
    public void Link(string field, string input) => _inputs[field] = input;

    /// <summary>
    /// A date from the GOV.UK date input's three boxes (ids <paramref name="id"/>-day, -month, -year; names as given).
    /// Null when empty (with "Enter ..." when required) or not a real date.
    /// </summary>
    public DateOnly? Date(string field, string id, string what, bool required, string dayName = "day", string monthName = "month", string yearName = "year", DateOnly? notAfter = null)
    {
        _inputs[field] = id + "-day";
        string? day = _value(dayName)?.Trim(), month = _value(monthName)?.Trim(), year = _value(yearName)?.Trim();
        if (string.IsNullOrEmpty(day) && string.IsNullOrEmpty(month) && string.IsNullOrEmpty(year))
        {
            Require(required, field, what);
            return null;
        }

        string[] missing = [.. new[] { ("day", day), ("month", month), ("year", year) }.Where(p => string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1)];
        if (missing.Length > 0)
        {
            _problems.Add(field, $"{FieldProblems.Capitalised(what)} must include a {string.Join(" and ", missing)}");
            return null;
        }

        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || y is < 1900 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            _problems.Add(field, $"{FieldProblems.Capitalised(what)} must be a real date, for example 27 3 2026");
            return null;
        }

        var date = new DateOnly(y, m, d);
        return notAfter is { } latest && !_problems.NotInFuture(date, latest, field, what) ? null : date;
    }

    /// <summary>A time of day as hours and minutes (17:30).</summary>
    public TimeOnly? Time(string field, string name, string what, bool required, string? id = null)
    {
        _inputs[field] = id ?? name;
        string? value = _value(name)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            Require(required, field, what);
            return null;
        }

        if (TimeOnly.TryParseExact(value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly time))
        {
            return time;
        }

        _problems.Add(field, $"Enter {what} as hours and minutes, for example 17:30");
        return null;
    }

    /// <summary>Text, trimmed; null when empty ("Enter ..." when required); within its limits when they are given.</summary>
    public string? Text(string field, string name, string what, bool required, string? id = null, int minimum = 0, int maximum = int.MaxValue)
    {
        _inputs[field] = id ?? name;
        string text = _value(name)?.Trim() ?? "";
        if (text.Length == 0)
        {
            Require(required, field, what);
            return null;
        }

        _problems.Length(text, field, what, minimum, maximum);
        return text;
    }

    /// <summary>One of an enum's named values, as a radio button sends it; <paramref name="message"/> when none or another.</summary>
    public TEnum? Choice<TEnum>(string field, string name, string message, bool required = true, string? id = null)
        where TEnum : struct, Enum
    {
        _inputs[field] = id ?? name;
        string? value = _value(name)?.Trim();
        if (string.IsNullOrEmpty(value) && !required)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(value) && !char.IsAsciiDigit(value[0]) && value[0] != '-'
            && Enum.TryParse(value, out TEnum parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        _problems.Add(field, message);
        return null;
    }

    /// <summary>One of a list of codes (a DfE code list), as a select or radio sends it.</summary>
    public string? Code(string field, string name, IReadOnlyCollection<string> codes, string message, bool required = true, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(codes);
        _inputs[field] = id ?? name;
        string code = _value(name)?.Trim() ?? "";
        if (code.Length == 0 && !required)
        {
            return null;
        }

        if (codes.Contains(code))
        {
            return code;
        }

        _problems.Add(field, message);
        return null;
    }

    /// <summary>Yes or no radios ("yes"/"no"); <paramref name="message"/> when neither and required.</summary>
    public bool? YesNo(string field, string name, string message, bool required = true, string? id = null)
    {
        _inputs[field] = id ?? name;
        switch (_value(name)?.Trim())
        {
            case "yes":
                return true;
            case "no":
                return false;
            default:
                if (required)
                {
                    _problems.Add(field, message);
                }

                return null;
        }
    }

    /// <summary>A record's id, as a select or radio sends it.</summary>
    public long? Id(string field, string name, string message, bool required = true, string? id = null)
    {
        _inputs[field] = id ?? name;
        string? value = _value(name)?.Trim();
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed))
        {
            return parsed;
        }

        if (required || !string.IsNullOrEmpty(value))
        {
            _problems.Add(field, message);
        }

        return null;
    }

    /// <summary>Every value of a repeated input (checkboxes), trimmed, empty ones left out.</summary>
    public IReadOnlyList<string> Many(string name) =>
        Form is { } form && form.TryGetValue(name, out var values)
            ? [.. values.Select(v => v?.Trim() ?? "").Where(v => v.Length > 0)]
            : _value(name) is { Length: > 0 } one ? [one.Trim()] : [];

    /// <summary>The version of the record the form showed (<see cref="Data.EditConflicts"/>); null when missing or unreadable.</summary>
    public int? Version(string name = "version") =>
        int.TryParse(_value(name), NumberStyles.None, CultureInfo.InvariantCulture, out int version) ? version : null;

    /// <summary>A problem the page itself finds (a combination of inputs), against a command field.</summary>
    public void Problem(string field, string message) => _problems.Add(field, message);

    private void Require(bool required, string field, string what)
    {
        if (required)
        {
            _problems.Add(field, $"Enter {what}");
        }
    }

    /// <summary>VisitDate to visit-date.</summary>
    public static string Kebab(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var text = new System.Text.StringBuilder(field.Length + 4);
        for (int i = 0; i < field.Length; i++)
        {
            char c = field[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    text.Append('-');
                }

                text.Append(char.ToLower(c, English));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
