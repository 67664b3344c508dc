using System.Globalization;

namespace OpenCsc.Borough.Generation;

/// <summary>Identifiers in the formats the DfE and the NHS use, made for synthetic children.</summary>
public static class SyntheticIdentifiers
{
    // The DfE's UPN check letters: A-Z without I, O and S, indexed by the remainder modulo 23.
    private const string UpnLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>
    /// A permanent UPN: the check letter, the 3-digit LA number, the 2-digit year of allocation and a 7-digit serial.
    /// The check letter is the DfE's: characters 2-13 weighted 2..13, summed, modulo 23, as a letter.
    /// </summary>
    public static string Upn(string laNumber, int yearOfAllocation, long serial)
    {
        string body = string.Concat(
            laNumber,
            (yearOfAllocation % 100).ToString("D2", CultureInfo.InvariantCulture),
            (serial % 10_000_000).ToString("D7", CultureInfo.InvariantCulture));
        return UpnCheckLetter(body) + body;
    }

    /// <summary>True for a 13-character UPN whose first letter is the DfE check letter of the rest.</summary>
    public static bool IsValidUpn(string? upn)
    {
        if (upn is not { Length: 13 } || UpnLetters.IndexOf(upn[0], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        for (int i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(upn[i]))
            {
                return false;
            }
        }

        char last = upn[12];
        return (char.IsAsciiDigit(last) || UpnLetters.Contains(last, StringComparison.Ordinal)) && UpnCheckLetter(upn[1..]) == upn[0];
    }

    /// <summary>
    /// A 10-digit NHS number with a valid modulus 11 check digit. They start with 9, a range the NHS does not issue
    /// to patients, so a synthetic number can never be a real person's. Null when the nine digits have no valid check
    /// digit (remainder 10): the caller tries another.
    /// </summary>
    public static string? NhsNumber(long nineDigits)
    {
        string body = "9" + (nineDigits % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        int check = NhsCheckDigit(body);
        return check < 0 ? null : body + (char)('0' + check);
    }

    /// <summary>True for 10 digits whose last is the modulus 11 check digit of the first nine.</summary>
    public static bool IsValidNhsNumber(string? nhsNumber)
    {
        if (nhsNumber is not { Length: 10 })
        {
            return false;
        }

        foreach (char c in nhsNumber)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        int check = NhsCheckDigit(nhsNumber[..9]);
        return check >= 0 && nhsNumber[9] == (char)('0' + check);
    }

    private static char UpnCheckLetter(string twelve)
    {
        int sum = 0;
        for (int i = 0; i < twelve.Length; i++)
        {
            char c = twelve[i];
            int value = char.IsAsciiDigit(c) ? c - '0' : UpnLetters.IndexOf(c, StringComparison.Ordinal);
            sum += value * (i + 2);
        }

        return UpnLetters[sum % 23];
    }

    // Weights 10..2 over the first nine digits; 11 - (sum mod 11), 11 -> 0, 10 -> invalid (-1).
    private static int NhsCheckDigit(string nine)
    {
        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += (nine[i] - '0') * (10 - i);
        }

        int check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }
}
