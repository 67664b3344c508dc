using System.Globalization;

namespace OpenCsc;

/// <summary>Dates and numbers as GOV.UK writes them ("4 June 2025", "1,234"), whatever the server's culture.</summary>
public static class Formatting
{
    public static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public const string NotRecorded = "Not recorded";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : NotRecorded;

    public static string DateTime(DateTime value) => value.ToString("d MMMM yyyy 'at' HH:mm", EnGb);

    /// <summary>ISO date for a &lt;time datetime&gt; attribute.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", EnGb);

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string YesNo(bool? value) => value is { } v ? YesNo(v) : NotRecorded;

    public static string OrNotRecorded(string? value) => string.IsNullOrWhiteSpace(value) ? NotRecorded : value;

    /// <summary>Whole years between the two dates.</summary>
    public static int AgeInYears(DateOnly dateOfBirth, DateOnly on)
    {
        int age = on.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > on ? age - 1 : age;
    }
}
