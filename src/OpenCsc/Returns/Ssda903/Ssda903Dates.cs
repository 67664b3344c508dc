using System.Globalization;

namespace OpenCsc.Returns.Ssda903;

/// <summary>How a date cell was written.</summary>
public enum Ssda903DateForm
{
    /// <summary>dd/mm/YYYY, as the DfE specifies.</summary>
    Standard,

    /// <summary>d/m/YYYY: a spreadsheet dropped the leading zeros.</summary>
    NoLeadingZeros,

    /// <summary>YYYY-MM-DD: a spreadsheet or a script wrote an ISO date.</summary>
    Iso,

    /// <summary>A date followed by a midnight time (dd/mm/YYYY 00:00:00): a spreadsheet wrote a date-time.</summary>
    WithMidnight,
}

/// <summary>
/// SSDA903 dates. dd/mm/YYYY is the format; three forms spreadsheets turn it into are also read (d/m/YYYY,
/// YYYY-MM-DD, and either followed by 00:00 or 00:00:00), and the reader notes them. Anything else is refused:
/// two-digit years, month names, US order that does not parse, times other than midnight, spreadsheet serial
/// numbers.
/// </summary>
public static class Ssda903Dates
{
    public const string Format = "dd/MM/yyyy";

    public static string ToText(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, out Ssda903DateForm form)
    {
        date = default;
        form = Ssda903DateForm.Standard;
        bool midnight = false;
        int space = text.IndexOf(' ');
        if (space >= 0)
        {
            var time = text[(space + 1)..].Trim();
            if (!time.SequenceEqual("00:00:00") && !time.SequenceEqual("00:00"))
            {
                return false;
            }

            midnight = true;
            text = text[..space];
        }

        int day, month, year;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            if (!Digits(text[..4], out year) || !Digits(text.Slice(5, 2), out month) || !Digits(text.Slice(8, 2), out day))
            {
                return false;
            }

            form = Ssda903DateForm.Iso;
        }
        else
        {
            int first = text.IndexOf('/');
            int second = first < 0 ? -1 : text[(first + 1)..].IndexOf('/') + first + 1;
            if (first is < 1 or > 2 || second - first - 1 is < 1 or > 2 || text.Length - second - 1 != 4
                || !Digits(text[..first], out day) || !Digits(text[(first + 1)..second], out month) || !Digits(text[(second + 1)..], out year))
            {
                return false;
            }

            if (first != 2 || second != 5)
            {
                form = Ssda903DateForm.NoLeadingZeros;
            }
        }

        if (year is < 1900 or > 2099 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (midnight)
        {
            form = Ssda903DateForm.WithMidnight;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>dd/mm/YYYY where the day or the month may be zz (unknown), as PrevPerm DATE_PERM allows.</summary>
    public static bool IsPartialDate(ReadOnlySpan<char> text)
    {
        if (text.Length != 10 || text[2] != '/' || text[5] != '/' || !Digits(text[6..], out int year))
        {
            return false;
        }

        bool dayUnknown = text[..2] is "zz" or "ZZ";
        bool monthUnknown = text.Slice(3, 2) is "zz" or "ZZ";
        if (dayUnknown || monthUnknown)
        {
            int day = 1, month = 1;
            return year is >= 1900 and <= 2099
                && (dayUnknown || (Digits(text[..2], out day) && day is >= 1 and <= 31))
                && (monthUnknown || (Digits(text.Slice(3, 2), out month) && month is >= 1 and <= 12));
        }

        return TryParse(text, out _, out var form) && form == Ssda903DateForm.Standard;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
