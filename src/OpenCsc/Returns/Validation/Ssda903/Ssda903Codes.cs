namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>The SSDA903 code lists the rules check against (2026/27 unless named otherwise).</summary>
public static class Ssda903Codes
{
    public static readonly CodeList Sex = new("M", "F", "U");

    public static readonly CodeList Ethnic = new("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN",
        "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static readonly CodeList ReasonNewEpisode = new("S", "L", "P", "T", "B", "U");

    public static readonly CodeList LegalStatus = new("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3");

    public static readonly CodeList CategoryOfNeed = new("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

    public static readonly CodeList Place = new("A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1",
        "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14");

    public static readonly CodeList PlaceProvider = new("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");

    public static readonly CodeList ReasonEpisodeCeased = new("X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47",
        "E48", "E5", "E6", "E7", "E9", "E14", "E15", "E16", "E17", "E8");

    public static readonly CodeList ReasonPlaceChange = new("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ",
        "PLACE", "CUSTOD", "OTHER");

    public static readonly CodeList ReviewCode = new("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    public static readonly CodeList SdqReason = new("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");

    public static readonly CodeList InTouch = new("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");

    public static readonly CodeList Activity = new("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");

    /// <summary>Accommodation after leaving care; S1 and X1 are no longer collected.</summary>
    public static readonly CodeList Accommodation = new("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2",
        "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0");

    public static readonly CodeList YesNo = new("0", "1");

    public static readonly CodeList NumberOfAdopters = new("1", "2");

    public static readonly CodeList SexOfAdopters = new("M1", "F1", "MM", "FF", "MF");

    public static readonly CodeList LegalStatusOfAdopters = new("L0", "L11", "L12", "L2", "L3", "L4");

    public static readonly CodeList ReasonPlacedCeased = new("RD1", "RD2", "RD3", "RD4");

    public static readonly CodeList PreviousPermanence = new("P1", "P2", "P3", "P4", "Z1");

    public static readonly CodeList MissingType = new("M", "A");

    public static readonly CodeList SocialWorkerReason = new("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN",
        "SWDIED", "OTHERS");
}
