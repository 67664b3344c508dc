namespace OpenCsc.Returns.CinCensus;

/// <summary>
/// The code lists of the CIN census schemas CIN_schema_2023.xsd to CIN_schema_2026.xsd (collections 2022/23 to
/// 2025/26). They are the same in every one of those years except for sex: GenderCurrent 1/2/0/9 until 2023/24,
/// Sex M/F/U from 2024/25.
/// </summary>
public static class CinCensusCodes
{
    /// <summary>The earliest and latest collection years whose schema this reader and writer were written from.</summary>
    public static readonly CollectionYear FirstKnownYear = new(2022);

    public static readonly CollectionYear LastKnownYear = new(2025);

    public static readonly CodeList GenderCurrent = new("1", "2", "0", "9");

    public static readonly CodeList Sex = new("M", "F", "U");

    public static readonly CodeList UpnUnknown = new("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    public static readonly CodeList Ethnicity = new(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static readonly CodeList Disability = new(
        "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    public static readonly CodeList ReferralSource = new(
        "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D",
        "6", "7", "8", "9", "10");

    public static readonly CodeList CategoryOfAbuse = new("NEG", "PHY", "SAB", "EMO", "MUL");

    public static readonly CodeList PrimaryNeed = new("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9", "N0");

    public static readonly CodeList ReasonForClosure = new("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    public static readonly CodeList AssessmentFactor = new(
        "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C",
        "7A", "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A",
        "18A", "18B", "18C", "19A", "19B", "19C", "20", "21", "22A", "23A", "24A");

    /// <summary>The sex codes of a year: M/F/U from 2024/25, GenderCurrent 1/2/0/9 before.</summary>
    public static CodeList SexCodesFor(CollectionYear year) => year.CodesSexAsMfu ? Sex : GenderCurrent;

    /// <summary>The child element that carries sex in the year's schema.</summary>
    public static string SexElementFor(CollectionYear year) => year.CodesSexAsMfu ? "Sex" : "GenderCurrent";

    /// <summary>A UPN as the schema's upntype: a letter, 11 digits, then a digit or a letter.</summary>
    public static bool IsUpn(ReadOnlySpan<char> value)
    {
        if (value.Length != 13 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetterOrDigit(value[12]))
        {
            return false;
        }

        foreach (char c in value[1..12])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
