using System.Buffers;

namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>
/// The unique pupil number as the DfE's UPN guide defines it: a check letter, a three-digit LA code (or pseudo-LA
/// code), an 8-digit serial and a final digit, or a letter for a temporary UPN.
/// </summary>
public static class CinUpn
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public static readonly SearchValues<char> Alphanumeric =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>The ranges the DfE's rule 1530 lists: post-April 1998 LA codes and the recognised pseudo-LA codes.</summary>
    private static readonly (int From, int To)[] LocalAuthorityRanges =
    [
        (1, 5), (201, 213), (301, 320), (330, 336), (340, 344), (350, 359), (370, 373), (380, 384), (390, 394), (420, 420),
        (660, 681), (701, 708), (800, 803), (805, 808), (810, 813), (815, 816), (820, 823), (825, 826), (830, 831), (835, 839),
        (840, 841), (845, 846), (850, 852), (855, 857), (860, 861), (865, 896), (908, 909), (916, 916), (919, 919), (921, 921),
        (925, 926), (928, 929), (931, 931), (933, 933), (935, 938), (940, 941),
    ];

    /// <summary>
    /// The check letter a 13-character UPN whose characters 2-13 are digits should start with: each digit times its
    /// position (2 to 13), summed, modulo 23, as a letter of A-Z without I, O and S. Null when the rule does not apply.
    /// </summary>
    public static char? CheckLetter(string? upn)
    {
        if (upn is not { Length: 13 } || upn.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        int sum = 0;
        for (int i = 1; i < 13; i++)
        {
            sum += (upn[i] - '0') * (i + 1);
        }

        return CheckLetters[sum % 23];
    }

    public static bool IsLocalAuthorityCode(ReadOnlySpan<char> code)
    {
        if (code.Length != 3 || code.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        int number = ((code[0] - '0') * 100) + ((code[1] - '0') * 10) + (code[2] - '0');
        return LocalAuthorityRanges.Any(range => number >= range.From && number <= range.To);
    }

    /// <summary>Character 13: a digit, or a letter other than I, O and S (a temporary UPN).</summary>
    public static bool IsValidLastCharacter(char c) => char.IsAsciiDigit(c) || CheckLetters.Contains(c, StringComparison.Ordinal);

    /// <summary>A well-formed UPN: a check letter, 11 digits, and a digit or letter (I, O and S never used).</summary>
    public static bool IsWellFormed(string upn) =>
        upn.Length == 13 && CheckLetters.Contains(upn[0], StringComparison.Ordinal)
        && !upn.AsSpan(1, 11).ContainsAnyExceptInRange('0', '9') && IsValidLastCharacter(upn[12]);
}
