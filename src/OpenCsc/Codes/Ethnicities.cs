namespace OpenCsc.Codes;

/// <summary>DfE ethnicity codes (CIN census ethnicitytype; SSDA903 ETHNIC).</summary>
public static class Ethnicities
{
    public static CodeList Codes { get; } = new("Ethnicity",
    [
        ("WBRI", "White British"),
        ("WIRI", "White Irish"),
        ("WIRT", "Traveller of Irish heritage"),
        ("WOTH", "Any other White background"),
        ("WROM", "Gypsy/Roma"),
        ("MWBC", "White and Black Caribbean"),
        ("MWBA", "White and Black African"),
        ("MWAS", "White and Asian"),
        ("MOTH", "Any other Mixed background"),
        ("AIND", "Indian"),
        ("APKN", "Pakistani"),
        ("ABAN", "Bangladeshi"),
        ("AOTH", "Any other Asian background"),
        ("BCRB", "Caribbean"),
        ("BAFR", "African"),
        ("BOTH", "Any other Black background"),
        ("CHNE", "Chinese"),
        ("OOTH", "Any other ethnic group"),
        ("REFU", "Refused"),
        ("NOBT", "Information not yet obtained"),
    ]);
}
