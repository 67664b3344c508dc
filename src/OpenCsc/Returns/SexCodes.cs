using OpenCsc.Codes;

namespace OpenCsc.Returns;

/// <summary>
/// The DfE changed how sex is coded in 2024/25: the CIN census moved from GenderCurrent (1 male, 2 female,
/// 0 not recorded or unborn, 9 indeterminate) to Sex (M, F, U) and the SSDA903 SEX from 1/2 to M/F/U. The codes
/// are the catalogue's (<see cref="Sexes"/>).
/// </summary>
public static class SexCodes
{
    public static bool IsMfu(string code) => Sexes.Codes.IsCode(code);

    public static bool IsNumeric(string code) => Sexes.GenderCurrent.IsCode(code);

    /// <summary>The code as the given year writes it. Values with no counterpart are returned unchanged.</summary>
    public static string ForYear(string code, CollectionYear year) => Sexes.ForYear(code, year);
}
