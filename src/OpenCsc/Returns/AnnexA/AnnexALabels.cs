using OpenCsc.CareLeavers;

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// The DfE codes the model stores, written as the category labels Ofsted's Annex A uses ("a) Male",
/// "d) Health services", "Yes"), spelled exactly as the codes of Annex_A_schema.yml (apostrophes and double spaces
/// included). A code with no label is written as stored, so bad data stays visible instead of being relabelled.
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
    public static string Gender(string? sex) => sex?.Trim().ToUpperInvariant() switch
    {
        "M" or "1" => "a) Male",
        "F" or "2" => "b) Female",
        _ => "c) Not stated/recorded",
    };

    public static string Ethnicity(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "WBRI" or "WIRI" or "WIRT" or "WOTH" or "WROM" => "a) White",
        "MWBC" or "MWBA" or "MWAS" or "MOTH" => "b) Mixed",
        "AIND" or "APKN" or "ABAN" or "AOTH" => "c) Asian or Asian British",
        "BCRB" or "BAFR" or "BOTH" => "d) Black or black British",
        "CHNE" or "OOTH" => "e) Other ethnic group",
        "REFU" or "NOBT" or null or "" => "f) Not stated",
        _ => code!,
    };

    /// <summary>CIN census referral source (1A ... 10), used for contacts and referrals alike.</summary>
    public static string Source(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "1A" or "1B" or "1C" or "1D" => "a) Individual",
        "2A" => "b) Schools",
        "2B" => "c) Education services",
        "3A" or "3B" or "3C" or "3D" or "3E" or "3F" => "d) Health services",
        "4" => "e) Housing",
        "5A" or "5B" or "5C" or "5D" => "f) LA services",
        "6" => "g) Police",
        "7" => "h) Other legal agency",
        "8" => "i) Other",
        "9" => "j) Anonymous",
        "10" or null or "" => "k) Unknown",
        _ => code!,
    };

    /// <summary>CIN primary need N0-N9, and the SSDA903 category of need N1-N8.</summary>
    public static string? PrimaryNeed(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "N1" => "a) Abuse or neglect",
        "N2" => "b) Child's disability",
        "N3" => "c) Parents illness or disability",
        "N4" => "d) Family in acute stress",
        "N5" => "e) Family dysfunction",
        "N6" => "f) Socially unacceptable behaviour",
        "N7" => "g) Low income",
        "N8" => "h) Absent parenting",
        "N9" => "i) Not CIN",
        "N0" or null or "" => "j) Not stated",
        _ => code,
    };

    public static string? ReasonForClosure(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "RC1" => "a) Adopted",
        "RC2" => "b) Died",
        "RC3" => "c) Residence Order",
        "RC4" => "d) Special Guardianship Order",
        "RC5" => "e) Transfer to another LA",
        "RC6" => "f) Transfer to Adult Social Services",
        "RC7" => "g) 'Other' incl. Child no longer in need",
        "RC8" or "RC9" => "h) Child not in need after assessment",
        _ => code,
    };

    public static class CaseStatus
    {
        public const string LookedAfter = "a) Looked after child";
        public const string ChildProtectionPlan = "b) Child Protection plan";
        public const string ChildInNeedPlan = "c) Child in need plan";
        public const string OpenAssessment = "d) Open assessment";
        public const string Closed = "e) Closed episode";
    }

    /// <summary>CP plan category of abuse NEG, PHY, SAB, EMO, MUL.</summary>
    public static string? CategoryOfAbuse(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "NEG" => "a) Neglect",
        "PHY" => "b) Physical Abuse",
        "SAB" => "c) Sexual Abuse",
        "EMO" => "d) Emotional Abuse",
        "MUL" => "e) Multiple",
        _ => code,
    };

    /// <summary>SSDA903 legal status. V3/V4 (short breaks) have no Annex A label: those children are not listed.</summary>
    public static string? LegalStatus(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "C1" => "a) Interim care orders",
        "C2" => "b) Full care orders",
        "D1" => "c) Freed for  Adoption",
        "E1" => "d) Placement order granted",
        "V2" => "e) Accommodated under S20",
        "L1" or "L2" or "L3" => "f) Detained on child protection grounds in LA accommodation",
        "J1" or "J2" or "J3" => "g) Youth justice legal Statuses",
        _ => code,
    };

    /// <summary>SSDA903 placement type (PLACE), old and new codes.</summary>
    public static string? PlacementType(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "U1" or "U2" or "U3" or "U4" or "U5" or "U6" => "a) Foster placement",
        "A1" or "A2" or "A3" or "A4" or "A5" or "A6" => "b) Placed for adoption",
        "P1" => "c) Placed with parents",
        "P2" => "d) Independent living",
        "P3" => "e) Residential employment",
        // K3 (supported accommodation, from 2025) replaced H5 (semi-independent living), which the schema labels f).
        "H5" or "K3" => "f) Residential accommodation",
        "K1" or "H1" or "H2" => "g) Secure Children’s Homes",
        "K2" or "H3" or "H4" => "h) Children’s Homes",
        "R1" => "i) Residential Care Home",
        "R2" => "j) NHS/Health Trust",
        "R3" => "k) Family Centre or Mother and Baby Unit",
        "R5" => "l) Young Offender Institution",
        "S1" => "m) Residential school",
        "Z1" or "Z11" or "Z12" or "Z13" or "Z14" or "M1" or "M2" or "M3" => "n) Other placements",
        "T0" or "T1" or "T2" or "T3" or "T4" => "o) Temporary placement",
        _ => code,
    };

    public static string? PlacementProvider(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "PR1" => "a) Own LA",
        "PR4" => "b) Private",
        "PR0" or "PR2" or "PR3" or "PR5" => "c) Other",
        _ => code,
    };

    /// <summary>SSDA903 reason episode ceased (REC) of the episode that ended the period of care.</summary>
    public static string? ReasonCeased(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" or "X1" => null,
        "E1" or "E11" or "E12" => "a) Adopted",
        "E2" => "b) Died",
        "E3" => "c) Care taken by another LA",
        "E4" or "E4A" or "E4B" => "d) Returned home to live with parents or relatives",
        "E13" or "E17" => "e) Left care to live with parents, relatives or other person with no parental responsibility",
        "E41" => "f) Residence order granted",
        "E42" or "E43" or "E44" or "E45" or "E46" or "E47" or "E48" => "g) Special Guardianship Orders",
        "E5" or "E6" => "h) Moved into independent living",
        "E7" => "i) Transferred to residential care funded by adult social services",
        "E9" => "j) Sentenced to custody",
        "E14" => "k) Accommodation on remand ended",
        "E15" => "l) Age assessment determined child was 18 or over",
        "E16" => "m) Child moved abroad",
        "E8" => "n) Care ceased for any other reason",
        _ => code,
    };

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
    public static string InTouch(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => "c) Not recorded",
        "YES" => "a) In touch",
        "NO" or "REFU" or "NREQ" => "b) Not in touch",
        "DIED" or "RHOM" => "d) Exclude",
        _ => code,
    };

    /// <summary>SSDA903 OC3 ACCOM letter (a trailing 1 or 2, suitability, is ignored).</summary>
    public static string? Accommodation(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        var c when c.Length == 2 && c[1] is '1' or '2' => Accommodation(c[..1]),
        "B" => "a) With parents or relatives",
        "C" => "b) Community home",
        "D" => "c) Semi-independent transitional accommodation",
        "E" => "d) Supported lodgings",
        "G" => "e) Gone abroad",
        "H" => "f) Deported",
        "K" => "g) Ordinary lodgings",
        "R" => "h) Residence not known",
        "S" => "i) No fixed abode / homeless",
        "T" => "j) Foyers",
        "U" => "k) Independent living",
        "V" => "l) Emergency accommodation",
        "W" => "m) Bed and breakfast",
        "X" => "n) In custody",
        "Z" => "o) With Former Foster Carer",
        "Y" => "p) Other accommodation",
        _ => code,
    };

    public static string Suitability(bool? suitable) => suitable switch
    {
        true => "a) Suitable",
        false => "b) Not suitable",
        null => "c) Not in touch or not recorded",
    };

    /// <summary>SSDA903 OC3 ACTIV.</summary>
    public static string? Activity(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "F1" => "F1: Full time in higher education",
        "P1" => "P1: Part time in higher education",
        "F2" => "F2: Full time in education other than higher",
        "P2" => "P2: Part time in education other than higher",
        "F3" => "F3: Full time in training or employment",
        "P3" => "P3: Part time in training or employment",
        "F4" => "F4: Young person engaged full time in an apprenticeship",
        "P4" => "P4: Young person engaged part time in an apprenticeship",
        "F5" => "F5: Young person engaged full time in training or employment (not apprenticeship)",
        "P5" => "P5: Young person engaged part time in training or employment (not apprenticeship)",
        "G4" => "G4: Not in education, employment or training - illness or disability",
        "G5" => "G5: Not in education, employment or training - other",
        "G6" => "G6: Not in education, employment or training - pregnancy or parenting",
        _ => code,
    };

    /// <summary>SSDA903 REASON_PLACED_CEASED RD1-RD4.</summary>
    public static string? ReasonNoLongerPlacedForAdoption(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "RD1" => "a) Child’s needs changed",
        "RD2" => "b) Court did not make a PO",
        "RD3" => "c) Prospective adopters cannot be found",
        "RD4" => "d) Any other reason",
        _ => code,
    };

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
