namespace OpenCsc.Codes;

/// <summary>
/// DfE ethnicity codes (CIN census ethnicitytype; SSDA903 ETHNIC), in the SSDA903 schema's order (the CIN census
/// schema lists WIRT before WOTH).
/// </summary>
public static class Ethnicities
{
    public static CodeList Codes { get; } = new("Ethnicity",
    [
        new("WBRI", "White British", CollectionYears.Always, "a) White"),
        new("WIRI", "White Irish", CollectionYears.Always, "a) White"),
        new("WOTH", "Any other White background", CollectionYears.Always, "a) White"),
        new("WIRT", "Traveller of Irish heritage", CollectionYears.Always, "a) White"),
        new("WROM", "Gypsy/Roma", CollectionYears.Always, "a) White"),
        new("MWBC", "White and Black Caribbean", CollectionYears.Always, "b) Mixed"),
        new("MWBA", "White and Black African", CollectionYears.Always, "b) Mixed"),
        new("MWAS", "White and Asian", CollectionYears.Always, "b) Mixed"),
        new("MOTH", "Any other Mixed background", CollectionYears.Always, "b) Mixed"),
        new("AIND", "Indian", CollectionYears.Always, "c) Asian or Asian British"),
        new("APKN", "Pakistani", CollectionYears.Always, "c) Asian or Asian British"),
        new("ABAN", "Bangladeshi", CollectionYears.Always, "c) Asian or Asian British"),
        new("AOTH", "Any other Asian background", CollectionYears.Always, "c) Asian or Asian British"),
        new("BCRB", "Caribbean", CollectionYears.Always, "d) Black or black British"),
        new("BAFR", "African", CollectionYears.Always, "d) Black or black British"),
        new("BOTH", "Any other Black background", CollectionYears.Always, "d) Black or black British"),
        new("CHNE", "Chinese", CollectionYears.Always, "e) Other ethnic group"),
        new("OOTH", "Any other ethnic group", CollectionYears.Always, "e) Other ethnic group"),
        new("REFU", "Refused", CollectionYears.Always, "f) Not stated"),
        new("NOBT", "Information not yet obtained", CollectionYears.Always, "f) Not stated"),
    ]);
}
