using OpenCsc.Codes;

namespace OpenCsc.Returns.CinCensus;

/// <summary>
/// The code lists of the CIN census schemas CIN_schema_2023.xsd to CIN_schema_2026.xsd (collections 2022/23 to
/// 2025/26), as the catalogue (<see cref="OpenCsc.Codes"/>) defines them. They are the same in every one of those
/// years except for sex: GenderCurrent 1/2/0/9 until 2023/24, Sex M/F/U from 2024/25.
/// </summary>
public static class CinCensusCodes
{
    /// <summary>The earliest and latest collection years whose schema this reader and writer were written from.</summary>
    public static readonly CollectionYear FirstKnownYear = new(2022);

    public static readonly CollectionYear LastKnownYear = Catalogue.LatestKnownYear;

    public static readonly CodeList GenderCurrent = Sexes.GenderCurrent;

    public static readonly CodeList Sex = Sexes.Codes;

    public static readonly CodeList UpnUnknown = UpnUnknownReasons.Codes;

    public static readonly CodeList Ethnicity = Ethnicities.Codes;

    public static readonly CodeList Disability = Disabilities.Codes;

    public static readonly CodeList ReferralSource = ReferralSources.Codes;

    public static readonly CodeList CategoryOfAbuse = CategoriesOfAbuse.Codes;

    public static readonly CodeList PrimaryNeed = PrimaryNeeds.Codes;

    public static readonly CodeList ReasonForClosure = ReasonsForClosure.Codes;

    public static readonly CodeList AssessmentFactor = AssessmentFactors.Codes;

    /// <summary>The sex codes of a year: M/F/U from 2024/25, GenderCurrent 1/2/0/9 before.</summary>
    public static CodeList SexCodesFor(CollectionYear year) => Sexes.CinCensusFor(year);

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
