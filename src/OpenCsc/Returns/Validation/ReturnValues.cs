using System.Globalization;

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

    /// <summary>Whole years of age on a date; a child born 29 February has birthdays on 28 February in other years.</summary>
    public static int AgeOn(DateOnly birth, DateOnly date)
    {
        int age = date.Year - birth.Year;
        return birth.AddYears(age) > date ? age - 1 : age;
    }

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
