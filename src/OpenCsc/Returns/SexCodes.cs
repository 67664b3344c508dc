namespace OpenCsc.Returns;

/// <summary>
/// The DfE changed how sex is coded in 2024/25: the CIN census moved from GenderCurrent (1 male, 2 female,
/// 0 not recorded or unborn, 9 indeterminate) to Sex (M, F, U) and the SSDA903 SEX from 1/2 to M/F/U.
/// </summary>
public static class SexCodes
{
    public static bool IsMfu(string code) => code is "M" or "F" or "U";

    public static bool IsNumeric(string code) => code is "1" or "2" or "0" or "9";

    /// <summary>The code as the given year writes it. Values with no counterpart are returned unchanged.</summary>
    public static string ForYear(string code, CollectionYear year) => year.CodesSexAsMfu
        ? code switch
        {
            "1" => "M",
            "2" => "F",
            "0" or "9" => "U",
            _ => code,
        }
        : code switch
        {
            "M" => "1",
            "F" => "2",
            "U" => "0",
            _ => code,
        };
}
