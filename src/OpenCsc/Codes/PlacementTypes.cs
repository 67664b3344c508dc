namespace OpenCsc.Codes;

/// <summary>
/// SSDA903 placement types (PLACE). H5 and P2 left the list in 2025 and K3 joined it; Z11-Z14 joined in 2026.
/// Older codes stay here so historic episodes keep their labels. The schemas in shared/formats carry the codes
/// without wording for K3 and Z11-Z14: those labels are deliberately generic until checked against the DfE guide.
/// </summary>
public static class PlacementTypes
{
    public static CodeList Codes { get; } = new("Placement type",
    [
        ("A3", "Placed for adoption with parental/guardian consent with current foster carer(s)"),
        ("A4", "Placed for adoption with parental/guardian consent not with current foster carer(s)"),
        ("A5", "Placed for adoption with placement order with current foster carer(s)"),
        ("A6", "Placed for adoption with placement order not with current foster carer(s)"),
        ("H5", "Semi-independent living accommodation not subject to children's homes regulations"),
        ("K1", "Secure children's home"),
        ("K2", "Children's home subject to children's homes regulations"),
        ("K3", "Supported accommodation"),
        ("P1", "Placed with own parent(s) or other person(s) with parental responsibility"),
        ("P2", "Independent living, for example in a flat, lodgings, bedsit, B&B or with friends"),
        ("P3", "Residential employment"),
        ("R1", "Residential care home"),
        ("R2", "NHS/health trust or other establishment providing medical or nursing care"),
        ("R3", "Family centre or mother and baby unit"),
        ("R5", "Young offender institution or prison"),
        ("S1", "All residential schools, except where dual-registered as a school and children's home"),
        ("T0", "All types of temporary move"),
        ("T1", "Temporary periods in hospital"),
        ("T2", "Temporary absences of the child on holiday"),
        ("T3", "Temporary accommodation whilst normal foster carer is on holiday"),
        ("T4", "Temporary accommodation of seven days or less, for any reason not covered by T1-T3"),
        ("U1", "Foster placement with relative or friend: long-term fostering"),
        ("U2", "Foster placement with relative or friend who is also an approved adopter: fostering for adoption or concurrent planning"),
        ("U3", "Foster placement with relative or friend: not long-term or fostering for adoption"),
        ("U4", "Foster placement with other foster carer: long-term fostering"),
        ("U5", "Foster placement with other foster carer who is also an approved adopter: fostering for adoption or concurrent planning"),
        ("U6", "Foster placement with other foster carer: not long-term or fostering for adoption"),
        ("Z1", "Other placements"),
        ("Z11", "Other placement (Z11)"),
        ("Z12", "Other placement (Z12)"),
        ("Z13", "Other placement (Z13)"),
        ("Z14", "Other placement (Z14)"),
    ]);
}
