using System.Globalization;

namespace OpenCsc.Web.Pages.Returns;

/// <summary>The checks of a GOV.UK date input (day, month and year fields), with its error messages.</summary>
public static class DateInput
{
    /// <summary>Null when the three fields make a real date (in <paramref name="date"/>); otherwise the message.</summary>
    public static string? Check(string? day, string? month, string? year, string what, out DateOnly date)
    {
        date = default;
        bool hasDay = !string.IsNullOrWhiteSpace(day), hasMonth = !string.IsNullOrWhiteSpace(month), hasYear = !string.IsNullOrWhiteSpace(year);
        if (!hasDay && !hasMonth && !hasYear)
        {
            return $"Enter {what.ToLowerInvariant()}";
        }

        var missing = new List<string>();
        if (!hasDay)
        {
            missing.Add("day");
        }

        if (!hasMonth)
        {
            missing.Add("month");
        }

        if (!hasYear)
        {
            missing.Add("year");
        }

        if (missing.Count > 0)
        {
            return $"{what} must include a {string.Join(" and ", missing)}";
        }

        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int y))
        {
            return $"{what} must be a real date, in numbers";
        }

        if (year!.Trim().Length != 4)
        {
            return "Year must include 4 numbers";
        }

        if (m is < 1 or > 12 || y < 1 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return $"{what} must be a real date";
        }

        date = new DateOnly(y, m, d);
        return null;
    }
}
