using System.Globalization;
using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation;

/// <summary>How the DfE's return values are read: dates dd/mm/YYYY (day and month may be one digit), whole numbers.</summary>
public static class ReturnValues
{
    public static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        ReadOnlySpan<char> text = value.AsSpan().Trim();
        int first = text.IndexOf('/');
        int last = text.LastIndexOf('/');
        if (first is < 1 or > 2 || last - first is < 2 or > 3 || text.Length - last - 1 != 4)
        {
            return null;
        }

        if (!int.TryParse(text[..first], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || !int.TryParse(text[(first + 1)..last], NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(text[(last + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return null;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>A whole number; "3.0" (as a spreadsheet may write it) counts as 3.</summary>
    public static int? ParseInteger(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int whole))
        {
            return whole;
        }

        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number)
            && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        return null;
    }

    /// <summary>A decimal number (a distance in miles), or null.</summary>
    public static decimal? ParseDecimal(string? value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number) ? number : null;

    /// <summary>Whole years of age on a date; a child born 29 February has birthdays on 28 February in other years.</summary>
    public static int AgeOn(DateOnly birth, DateOnly date)
    {
        int age = date.Year - birth.Year;
        return birth.AddYears(age) > date ? age - 1 : age;
    }

    /// <summary>A dd/mm/YYYY date whose day or month may be ZZ and year ZZZZ (unknown), as social worker episodes allow.</summary>
    public static bool IsMaskedDate(string value)
    {
        string[] parts = value.Split('/');
        if (parts.Length != 3)
        {
            return false;
        }

        string day = parts[0] == "ZZ" ? "01" : parts[0];
        string month = parts[1] == "ZZ" ? "01" : parts[1];
        string year = parts[2] == "ZZZZ" ? "2000" : parts[2];
        return ParseDate($"{day}/{month}/{year}") is not null;
    }

    /// <summary>A UPN: a letter other than I, O or S then 12 digits (or 11 and a letter), or UN1 to UN5 for unknown.</summary>
    public static bool IsUpn(string value)
    {
        if (value.Length == 3)
        {
            return UpnUnknownReasons.Ssda903.IsCode(value);
        }

        if (value.Length != 13 || !char.IsAsciiLetterUpper(value[0]) || value[0] is 'I' or 'O' or 'S')
        {
            return false;
        }

        for (int i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return char.IsAsciiDigit(value[12]) || char.IsAsciiLetterUpper(value[12]);
    }

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
