namespace OpenCsc.Codes;

/// <summary>
/// SSDA903 placement types (PLACE). H5 and P2 left the list in 2024/25 (SSDA903_schema_2025) and K3 joined it;
/// Z11-Z14 joined in 2025/26 (SSDA903_schema_2026). Older codes stay here so historic episodes keep their labels,
/// including those Annex A still categorises from before the 2016/17 schema (A1, A2, H1-H4, M1-M3), whose labels
/// here are only their Annex A category. The schemas in shared/formats carry the codes
/// without wording for K3 and Z11-Z14: those labels are deliberately generic until checked against the DfE guide.
/// </summary>
public static class PlacementTypes
{
    public static CodeList Codes { get; } = new("Placement type",
    [
        new("A3", "Placed for adoption with parental/guardian consent with current foster carer(s)", CollectionYears.Always, "b) Placed for adoption"),
        new("A4", "Placed for adoption with parental/guardian consent not with current foster carer(s)", CollectionYears.Always, "b) Placed for adoption"),
        new("A5", "Placed for adoption with placement order with current foster carer(s)", CollectionYears.Always, "b) Placed for adoption"),
        new("A6", "Placed for adoption with placement order not with current foster carer(s)", CollectionYears.Always, "b) Placed for adoption"),
        new("H5", "Semi-independent living accommodation not subject to children's homes regulations", CollectionYears.Until(2023), "f) Residential accommodation"),
        new("K1", "Secure children's home", CollectionYears.Always, "g) Secure Children’s Homes"),
        new("K2", "Children's home subject to children's homes regulations", CollectionYears.Always, "h) Children’s Homes"),
        new("K3", "Supported accommodation", CollectionYears.Since(2024), "f) Residential accommodation"),
        new("P1", "Placed with own parent(s) or other person(s) with parental responsibility", CollectionYears.Always, "c) Placed with parents"),
        new("P2", "Independent living, for example in a flat, lodgings, bedsit, B&B or with friends", CollectionYears.Until(2023), "d) Independent living"),
        new("P3", "Residential employment", CollectionYears.Always, "e) Residential employment"),
        new("R1", "Residential care home", CollectionYears.Always, "i) Residential Care Home"),
        new("R2", "NHS/health trust or other establishment providing medical or nursing care", CollectionYears.Always, "j) NHS/Health Trust"),
        new("R3", "Family centre or mother and baby unit", CollectionYears.Always, "k) Family Centre or Mother and Baby Unit"),
        new("R5", "Young offender institution or prison", CollectionYears.Always, "l) Young Offender Institution"),
        new("S1", "All residential schools, except where dual-registered as a school and children's home", CollectionYears.Always, "m) Residential school"),
        new("T0", "All types of temporary move", CollectionYears.Always, "o) Temporary placement"),
        new("T1", "Temporary periods in hospital", CollectionYears.Always, "o) Temporary placement"),
        new("T2", "Temporary absences of the child on holiday", CollectionYears.Always, "o) Temporary placement"),
        new("T3", "Temporary accommodation whilst normal foster carer is on holiday", CollectionYears.Always, "o) Temporary placement"),
        new("T4", "Temporary accommodation of seven days or less, for any reason not covered by T1-T3", CollectionYears.Always, "o) Temporary placement"),
        new("U1", "Foster placement with relative or friend: long-term fostering", CollectionYears.Always, "a) Foster placement"),
        new("U2", "Foster placement with relative or friend who is also an approved adopter: fostering for adoption or concurrent planning", CollectionYears.Always, "a) Foster placement"),
        new("U3", "Foster placement with relative or friend: not long-term or fostering for adoption", CollectionYears.Always, "a) Foster placement"),
        new("U4", "Foster placement with other foster carer: long-term fostering", CollectionYears.Always, "a) Foster placement"),
        new("U5", "Foster placement with other foster carer who is also an approved adopter: fostering for adoption or concurrent planning", CollectionYears.Always, "a) Foster placement"),
        new("U6", "Foster placement with other foster carer: not long-term or fostering for adoption", CollectionYears.Always, "a) Foster placement"),
        new("Z1", "Other placements", CollectionYears.Always, "n) Other placements"),
        new("Z11", "Other placement (Z11)", CollectionYears.Since(2025), "n) Other placements"),
        new("Z12", "Other placement (Z12)", CollectionYears.Since(2025), "n) Other placements"),
        new("Z13", "Other placement (Z13)", CollectionYears.Since(2025), "n) Other placements"),
        new("Z14", "Other placement (Z14)", CollectionYears.Since(2025), "n) Other placements"),
        new("A1", "Placed for adoption (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "b) Placed for adoption"),
        new("A2", "Placed for adoption (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "b) Placed for adoption"),
        new("H1", "Secure children's home (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "g) Secure Children’s Homes"),
        new("H2", "Secure children's home (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "g) Secure Children’s Homes"),
        new("H3", "Children's home (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "h) Children’s Homes"),
        new("H4", "Children's home (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "h) Children’s Homes"),
        new("M1", "Other placement (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "n) Other placements"),
        new("M2", "Other placement (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "n) Other placements"),
        new("M3", "Other placement (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "n) Other placements"),
    ]);
}
