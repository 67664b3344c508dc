using System.Globalization;

namespace OpenCsc.Recording;

/// <summary>
/// The problems a use case finds with a command, in the GOV.UK Design System's words, collected so that all of them are
/// shown at once. The rules that need only the value (today or in the past; text lengths) are written once here.
/// </summary>
public sealed class FieldProblems : List<FieldProblem>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public void Add(string field, string message) => Add(new FieldProblem(field, message));

    /// <summary>True when the field already has a problem (so a later rule about it is not worth saying).</summary>
    public bool Has(string field) => this.Any(p => p.Field == field);

    /// <summary>A day that must be today or earlier: "The date of the visit must be today or in the past".</summary>
    public bool NotInFuture(DateOnly? date, DateOnly today, string field, string what)
    {
        if (date > today)
        {
            Add(field, $"{Capitalised(what)} must be today or in the past");
            return false;
        }

        return true;
    }

    /// <summary>A moment that must be now or earlier.</summary>
    public bool NotInFuture(DateTime? at, DateTime now, string field, string what)
    {
        if (at > now)
        {
            Add(field, $"{Capitalised(what)} must be now or in the past");
            return false;
        }

        return true;
    }

    /// <summary>Text within its limits (the web layer has already trimmed it and asked for it when required).</summary>
    public bool Length(string? text, string field, string what, int minimum, int maximum)
    {
        if (text is null)
        {
            return true;
        }

        if (text.Length < minimum)
        {
            Add(field, $"{Capitalised(what)} must be at least {minimum.ToString(English)} characters");
            return false;
        }

        if (text.Length > maximum)
        {
            Add(field, $"{Capitalised(what)} must be {maximum.ToString("N0", English)} characters or fewer");
            return false;
        }

        return true;
    }

    /// <summary>Nothing saved: these problems.</summary>
    public RecordingFailure Invalid() => Recorded.Invalid(this);

    /// <summary>A date for messages: 27 March 2026.</summary>
    public static string Show(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Capitalised(string what)
    {
        ArgumentNullException.ThrowIfNull(what);
        return what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what[1..];
    }
}
