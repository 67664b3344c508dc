namespace OpenCsc.Borough.Generation;

/// <summary>
/// The rates and mixes the synthetic borough is tuned to. Figures marked "seed" come from the seed documents
/// (docs/domain.md); the others are plausible for an outer London borough and were tuned so that a Barnet-sized
/// borough (93,000 children) produces the seed's volumes.
/// </summary>
internal static class DemoRates
{
    // ---- Population -------------------------------------------------------------------------------------------
    /// <summary>Seed 004 table 4: 25% of children live in deprived LSOAs, which hold 45% of the CIN/CP/CLA cohort.</summary>
    public const double DeprivedShare = 0.25;
    public const double DeprivedRisk = 2.45;

    /// <summary>How unevenly contacts fall on families: gamma-distributed risk with this shape (mean 1).</summary>
    public const double RiskShape = 0.6;

    // ---- Front door ---------------------------------------------------------------------------------------------
    /// <summary>Contacts per child per year before risk factors (tuned to 12,000-15,000 a year for 93,000 children).</summary>
    public const double ContactsPerChildYear = 0.135;

    /// <summary>Risk of a further contact after an episode closes, multiplied for 6 months, then for 6 more.</summary>
    public const double RecontactBoostFirstHalfYear = 2.3;
    public const double RecontactBoostSecondHalfYear = 1.4;

    /// <summary>Seed 002: 33% of contacts convert to referral.</summary>
    public const double ContactToReferral = 0.33;
    public const double ContactToEarlyHelp = 0.07;

    /// <summary>Seed 002: 93% of referrals lead to an assessment.</summary>
    public const double ReferralNfa = 0.07;

    public const double StrategyAtReferralRed = 0.75;
    public const double StrategyAtReferralAmber = 0.20;

    // ---- Assessment ---------------------------------------------------------------------------------------------
    /// <summary>Seed 002: 57% of assessments authorised within 45 working days.</summary>
    public const double AssessmentOnTime = 0.57;

    // ---- Strategy discussions and s47 ---------------------------------------------------------------------------
    /// <summary>Seed 002: 69% (155 of 224) with CSC, police and health.</summary>
    public const double StrategyCompliant = 0.69;
    public const double StrategyToSection47 = 0.55;
    public const double StrategyToCinPlanSuggested = 0.25;
    public const double Section47ToIcpc = 0.36;

    /// <summary>Seed 002: 92.9% of ICPCs within 15 working days of the strategy discussion.</summary>
    public const double IcpcOnTime = 0.90;

    /// <summary>Seed 002: 83.3% of ICPCs lead to a CP plan.</summary>
    public const double IcpcToPlan = 0.83;
    public const double Section47Emergency = 0.025;

    // ---- Plans --------------------------------------------------------------------------------------------------
    public const double CinPlanEscalation = 0.06;
    public const double CinPlanToCare = 0.025;
    public const double CpPlanStepDown = 0.55;
    public const double CpPlanToCare = 0.08;
    public const double CpPlanTransfer = 0.04;

    /// <summary>Seed 002: CP visits within 10 working days 72.5% (under-5s 83%); CIN 68.7%; CLA 89%.</summary>
    public const double CpVisitOnTimeUnderFive = 0.83;
    public const double CpVisitOnTime = 0.69;
    public const double CinVisitOnTime = 0.687;
    public const double ClaVisitOnTime = 0.89;
    public const double CareLeaverVisitOnTime = 0.85;
    public const double VisitNotRecorded = 0.03;

    // ---- Looked after -------------------------------------------------------------------------------------------
    public const double AssessmentToCare = 0.012;

    /// <summary>Seed 002: 77% of initial health assessments within 20 working days.</summary>
    public const double InitialHealthOnTime = 0.77;

    /// <summary>Seed 002 (March 2018): 47% of RHIs taken up.</summary>
    public const double RhiAccepted = 0.49;
    public const double RhiOfferedInTime = 0.86;

    /// <summary>UASC arriving per year in a Barnet-sized borough (seed 001: 66 at a time in 2018).</summary>
    public const double UascArrivalsPerYear = 44;

    /// <summary>Seed 001 5.6.6: 15% of children in need have a disability recorded (England 12.3%).</summary>
    public const double Disabled = 0.13;

    /// <summary>Contacts by age (infants and teenagers most); teenage boys more (seed 004: 60% of children in care are male).</summary>
    public static double AgeFactor(int age, bool female) => age switch
    {
        0 => 1.9,
        < 5 => 1.0,
        < 11 => 0.85,
        < 16 => female ? 1.05 : 1.35,
        _ => female ? 0.9 : 1.2,
    };

    /// <summary>
    /// Risk of coming to the service by broad ethnic group (seed 001 5.6.3 and seed 004 table 3: mixed and black
    /// children over-represented, Asian children under-represented).
    /// </summary>
    public static double EthnicRisk(string code) => code[0] switch
    {
        'W' => 1.0,
        'M' => 2.4,
        'A' => 0.3,
        'B' => 1.0,
        'C' => 0.6,
        'O' => 1.6,
        _ => 1.0,
    };

    /// <summary>Barnet 0-19 population (seed 004): White 48.6%, Asian 23.8%, Black 16.7%, the rest Mixed and Other.</summary>
    public static readonly Weighted<string> Ethnicity = new(
        ("WBRI", 29.0), ("WIRI", 1.5), ("WOTH", 17.4), ("WIRT", 0.3), ("WROM", 0.4),
        ("AIND", 10.0), ("APKN", 2.3), ("ABAN", 1.0), ("AOTH", 10.5),
        ("BAFR", 12.2), ("BCRB", 2.5), ("BOTH", 2.0),
        ("MWBC", 1.5), ("MWBA", 1.4), ("MWAS", 1.9), ("MOTH", 2.0),
        ("CHNE", 1.4), ("OOTH", 2.8),
        ("REFU", 0.2), ("NOBT", 0.3));

    public static readonly Weighted<string> UascEthnicity = new(
        ("OOTH", 45), ("BAFR", 25), ("WOTH", 15), ("AOTH", 10), ("BOTH", 5));

    /// <summary>CIN census referral sources (England mix).</summary>
    public static readonly Weighted<string> ReferralSource = new(
        ("6", 29), ("2A", 18), ("2B", 1.5), ("3A", 2.5), ("3B", 3), ("3C", 1), ("3D", 3), ("3E", 3), ("3F", 2.5),
        ("5A", 4), ("5B", 3), ("5C", 2), ("5D", 3), ("1A", 4), ("1B", 1), ("1C", 1), ("1D", 2), ("4", 2),
        ("7", 4), ("8", 8), ("9", 1.5), ("10", 2));

    public static readonly Weighted<string> UascReferralSource = new(("6", 40), ("7", 20), ("5C", 25), ("8", 10), ("1D", 5));

    public static readonly Weighted<string> PrimaryNeed = new(
        ("N1", 55), ("N2", 6), ("N3", 3), ("N4", 10), ("N5", 16), ("N6", 4), ("N7", 1), ("N8", 3), ("N9", 1.5), ("N0", 0.5));

    /// <summary>Seed 004 table 1 (2014/15): neglect 48%, emotional 31%, physical 18%, sexual 3%, multiple under 1%.</summary>
    public static readonly Weighted<string> CpCategory = new(("NEG", 48), ("EMO", 31), ("PHY", 18), ("SAB", 3), ("MUL", 0.5));

    public static readonly Weighted<string> Disability = new(
        ("AUT", 30), ("LD", 25), ("COMM", 15), ("BEH", 10), ("MOB", 6), ("PC", 4), ("HAND", 2), ("HEAR", 2), ("VIS", 2), ("INC", 1), ("CON", 1), ("DDA", 2));

    public static readonly Weighted<string> AssessmentFactor = new(
        ("3A", 10), ("3B", 14), ("4B", 16), ("16A", 12), ("17A", 12), ("2B", 8), ("1B", 7), ("4A", 9), ("18C", 5), ("18B", 1),
        ("19C", 1.5), ("19B", 0.5), ("14A", 4), ("24A", 3), ("11A", 3), ("13A", 2), ("5A", 3), ("6A", 2), ("6B", 2), ("15A", 4),
        ("20", 6), ("10A", 2), ("7A", 1), ("22A", 0.3), ("23A", 0.3), ("12A", 0.4), ("8E", 0.3), ("5B", 1), ("1A", 1), ("2A", 2));

    public static readonly Weighted<string> ReasonForPlacementChange = new(
        ("CARPL", 40), ("CREQB", 12), ("CREQO", 10), ("CHILD", 10), ("LAREQ", 8), ("ALLEG", 3), ("STAND", 3), ("CLOSE", 3), ("APPRR", 1), ("OTHER", 10));

    public static readonly Weighted<string> ParticipationFourPlus = new(
        ("PN1", 32), ("PN2", 14), ("PN3", 10), ("PN4", 16), ("PN5", 15), ("PN6", 10), ("PN7", 3));

    public static readonly Weighted<string> EarlyHelpEndReason = new(
        ("Outcomes achieved", 60), ("Family disengaged", 15), ("Moved out of area", 5), ("Needs met by universal services", 12), ("Other", 8));

    public static readonly Weighted<string> EarlyHelpLeadAgency = new(
        ("School", 45), ("Health visitor", 15), ("Children's centre", 15), ("School nurse", 10), ("Youth service", 10), ("Voluntary sector", 5));

    public static readonly Weighted<string> InTouch = new(("YES", 88), ("NO", 5), ("REFU", 3), ("NREQ", 2), ("RHOM", 2));

    public static readonly Weighted<string> ActivityInEducationOrWork = new(
        ("F1", 8), ("P1", 2), ("F2", 15), ("P2", 5), ("F4", 12), ("P4", 5), ("F5", 2), ("P5", 1));

    public static readonly Weighted<string> ActivityNeet = new(("G4", 15), ("G5", 28), ("G6", 7));

    public static readonly Weighted<string> SuitableAccommodation = new(
        ("U", 30), ("D", 25), ("Z", 10), ("B", 10), ("E", 8), ("K", 4), ("T", 3), ("Y", 5));

    public static readonly Weighted<string> UnsuitableAccommodation = new(("S", 25), ("V", 20), ("W", 20), ("X", 15), ("U", 10), ("R", 10));
}
