using OpenCsc.Returns;

namespace OpenCsc.Codes;

/// <summary>
/// The DfE's sex codes. From 2024/25 the CIN census (sextype) and the SSDA903 SEX code sex M/F/U; before it the
/// CIN census had GenderCurrent 1/2/0/9 and the SSDA903 SEX 1/2.
/// </summary>
public static class Sexes
{
    /// <summary>M/F/U, what the model stores and the forms offer.</summary>
    public static CodeList Codes { get; } = new("Sex",
    [
        new("M", "Male", CollectionYears.Since(2024), "a) Male"),
        new("F", "Female", CollectionYears.Since(2024), "b) Female"),
        new("U", "Unknown", CollectionYears.Since(2024), "c) Not stated/recorded"),
    ]);

    /// <summary>The CIN census GenderCurrent of the years before 2024/25.</summary>
    public static CodeList GenderCurrent { get; } = new("Gender",
    [
        new("1", "Male", CollectionYears.Until(2023), "a) Male"),
        new("2", "Female", CollectionYears.Until(2023), "b) Female"),
        new("0", "Not known (not recorded, or unborn)", CollectionYears.Until(2023), "c) Not stated/recorded"),
        new("9", "Not specified (indeterminate)", CollectionYears.Until(2023), "c) Not stated/recorded"),
    ]);

    /// <summary>The SSDA903 SEX of the years before 2024/25: GenderCurrent's 1 and 2 only.</summary>
    public static CodeList Ssda903Numeric { get; } = new("Sex", [.. GenderCurrent.All.Where(e => e.Code is "1" or "2")]);

    /// <summary>The CIN census sex codes of a year: M/F/U from 2024/25, GenderCurrent before.</summary>
    public static CodeList CinCensusFor(CollectionYear year) => year.CodesSexAsMfu ? Codes : GenderCurrent;

    /// <summary>The SSDA903 SEX codes of a year: M/F/U from 2024/25, 1/2 before.</summary>
    public static CodeList Ssda903For(CollectionYear year) => year.CodesSexAsMfu ? Codes : Ssda903Numeric;

    /// <summary>
    /// The code as the given year writes it (1 is M, 2 is F; 0 and 9 are U, and U is 0). Values with no
    /// counterpart are returned unchanged.
    /// </summary>
    public static string ForYear(string code, CollectionYear year)
    {
        if (year.CodesSexAsMfu)
        {
            return GenderCurrent.IsCode(code) ? Counterpart(GenderCurrent, code, Codes) : code;
        }

        return Codes.IsCode(code) ? Counterpart(Codes, code, GenderCurrent) : code;
    }

    // Codes correspond through their Annex A category (male, female, not stated); the first code of the other
    // coding with the same category is its counterpart (U is 0, the first "not stated" GenderCurrent code).
    private static string Counterpart(CodeList from, string code, CodeList to)
    {
        string? category = from.AnnexALabelOrNull(code);
        return to.All.FirstOrDefault(e => e.AnnexA == category)?.Code ?? code;
    }
}
