using OpenCsc.CareLeavers;
using OpenCsc.Codes;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// The DfE codes the model stores, written as the category labels Ofsted's Annex A uses ("a) Male",
/// "d) Health services", "Yes"), spelled exactly as the codes of Annex_A_schema.yml (apostrophes and double spaces
/// included). Each code's category is in the catalogue (<see cref="CodeEntry.AnnexA"/>); here is only what Annex A
/// writes for a blank. A code with no label is written as stored, so bad data stays visible instead of being
/// relabelled.
/// </summary>
internal static class AnnexALabels
{
    public const string Yes = "Yes";
    public const string No = "No";
    public const string Unknown = "Unknown";

    public static string YesNo(bool value) => value ? Yes : No;

    public static string? YesNo(bool? value) => value is { } v ? YesNo(v) : null;

    /// <summary>A date on or before the as-of date; a later one (recorded after it) is not yet known then.</summary>
    public static DateOnly? UpTo(DateOnly? date, DateOnly asOf) => date is { } d && d <= asOf ? d : null;

    /// <summary>Sex as stored (M/F/U; the older 1/2/0/9 read too).</summary>
    public static string Gender(string? sex) =>
        Sexes.Codes.AnnexALabelOrNull(sex) ?? Sexes.GenderCurrent.AnnexALabelOrNull(sex) ?? "c) Not stated/recorded";

    public static string Ethnicity(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "f) Not stated" : Ethnicities.Codes.AnnexALabelOrNull(code) ?? code;

    /// <summary>CIN census referral source (1A ... 10), used for contacts and referrals alike.</summary>
    public static string Source(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "k) Unknown" : ReferralSources.Codes.AnnexALabelOrNull(code) ?? code;

    /// <summary>CIN primary need N0-N9, and the SSDA903 category of need N1-N8.</summary>
    public static string? PrimaryNeed(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "j) Not stated" : PrimaryNeeds.Codes.AnnexALabelOrNull(code) ?? code;

    public static string? ReasonForClosure(string? code) => Category(ReasonsForClosure.Codes, code);

    public static class CaseStatus
    {
        public const string LookedAfter = "a) Looked after child";
        public const string ChildProtectionPlan = "b) Child Protection plan";
        public const string ChildInNeedPlan = "c) Child in need plan";
        public const string OpenAssessment = "d) Open assessment";
        public const string Closed = "e) Closed episode";
    }

    /// <summary>CP plan category of abuse NEG, PHY, SAB, EMO, MUL.</summary>
    public static string? CategoryOfAbuse(string? code) => Category(CategoriesOfAbuse.Codes, code);

    /// <summary>SSDA903 legal status. V3/V4 (short breaks) have no Annex A label: those children are not listed.</summary>
    public static string? LegalStatus(string? code) => Category(LegalStatuses.Codes, code);

    /// <summary>SSDA903 placement type (PLACE), old and new codes.</summary>
    public static string? PlacementType(string? code) => Category(PlacementTypes.Codes, code);

    public static string? PlacementProvider(string? code) => Category(PlacementProviders.Codes, code);

    /// <summary>SSDA903 reason episode ceased (REC) of the episode that ended the period of care.</summary>
    public static string? ReasonCeased(string? code) =>
        code?.Trim().ToUpperInvariant() == "X1" ? null : Category(ReasonsEpisodeCeased.Codes, code);

    /// <summary>The code's Annex A category from the catalogue; blank is null, and a code without one is written as stored.</summary>
    private static string? Category(CodeList codes, string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : codes.AnnexALabelOrNull(code) ?? code;

    /// <summary>
    /// The permanence plan is recorded as free text; the usual wordings are recognised and anything else recorded is
    /// "g) Other".
    /// </summary>
    public static string? PermanencePlan(string? plan)
    {
        if (string.IsNullOrWhiteSpace(plan))
        {
            return null;
        }

        string text = plan.Trim().ToLowerInvariant();
        bool Has(string word) => text.Contains(word, StringComparison.Ordinal);
        if (text.Length > 3 && text[1] == ')' && text[0] is >= 'a' and <= 'g')
        {
            text = text[3..];
        }

        return true switch
        {
            _ when Has("adopt") => "b) Adoption",
            _ when Has("sgo") || Has("special guardian") || Has("cao") || Has("child arrangement") || Has("residence order") =>
                "c) SGO/CAO",
            _ when Has("return") || Has("rehabilitat") || Has("reunif") || Has("home to") || Has("to family") => "a) Return to family",
            _ when Has("supported living") || Has("independen") => "d) Supported living in the community",
            _ when Has("residential") => "e) Long-term residential placement",
            _ when Has("foster") => "f) Long-term fostering",
            _ => "g) Other",
        };
    }

    public static string Eligibility(CareLeaverEligibility eligibility) => eligibility switch
    {
        CareLeaverEligibility.Relevant => "a) Relevant",
        CareLeaverEligibility.FormerRelevant => "b) Former relevant",
        CareLeaverEligibility.Qualifying => "c) Qualifying",
        CareLeaverEligibility.Eligible => "d) Eligible",
        _ => throw new ArgumentOutOfRangeException(nameof(eligibility), eligibility, null),
    };

    /// <summary>SSDA903 OC3 IN_TOUCH; no status recorded is "c) Not recorded".</summary>
    public static string InTouch(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "c) Not recorded" : CareLeaverCodes.InTouch.AnnexALabelOrNull(code) ?? code;

    /// <summary>SSDA903 OC3 ACCOM letter (a trailing 1 or 2, suitability, is ignored).</summary>
    public static string? Accommodation(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        var c when c.Length == 2 && c[1] is '1' or '2' => Accommodation(c[..1]),
        _ => CareLeaverCodes.Accommodation.AnnexALabelOrNull(code) ?? code,
    };

    public static string Suitability(bool? suitable) => suitable switch
    {
        true => "a) Suitable",
        false => "b) Not suitable",
        null => "c) Not in touch or not recorded",
    };

    /// <summary>SSDA903 OC3 ACTIV.</summary>
    public static string? Activity(string? code) => Category(CareLeaverCodes.Activity, code);

    /// <summary>SSDA903 REASON_PLACED_CEASED RD1-RD4.</summary>
    public static string? ReasonNoLongerPlacedForAdoption(string? code) => Category(ReasonsNoLongerPlacedForAdoption.Codes, code);

    /// <summary>Why an adopter left the process, recorded as 1/2/3 or in words.</summary>
    public static string? ReasonLeftAdoptionProcess(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        string text = reason.Trim().ToLowerInvariant();
        return text switch
        {
            "1" or "a) withdrew" => "a) Withdrew",
            "2" or "b) process on hold" => "b) Process on hold",
            "3" or "c) application refused" => "c) Application refused",
            _ when text.Contains("withdr", StringComparison.Ordinal) => "a) Withdrew",
            _ when text.Contains("hold", StringComparison.Ordinal) => "b) Process on hold",
            _ when text.Contains("refus", StringComparison.Ordinal) => "c) Application refused",
            _ => reason.Trim(),
        };
    }
}
