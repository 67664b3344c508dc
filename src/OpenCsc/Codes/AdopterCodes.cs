namespace OpenCsc.Codes;

/// <summary>SSDA903 AD1 codes about the adopters: how many (NB_ADOPTR), their sex (SEX_ADOPTR), legal status (LS_ADOPTR).</summary>
public static class AdopterCodes
{
    public static CodeList Number { get; } = new("Number of adopters",
    [
        new("1", "One adopter"),
        new("2", "Two adopters"),
    ]);

    public static CodeList Sex { get; } = new("Sex of adopters",
    [
        new("M1", "Single male adopter"),
        new("F1", "Single female adopter"),
        new("MM", "Male couple"),
        new("FF", "Female couple"),
        new("MF", "Male and female couple"),
    ]);

    /// <summary>The sexes of two adopters (MM, FF, MF): every code but the single adopters' M1 and F1.</summary>
    public static CodeList Couple { get; } = new("Sex of adopting couple", [.. Sex.All.Where(e => e.Code is not ("M1" or "F1"))]);

    /// <summary>The rules pair L12 and L4 with MM or FF, and L3 with MF.</summary>
    public static CodeList LegalStatus { get; } = new("Legal status of adopters",
    [
        new("L0", "Single adopter"),
        new("L11", "Married couple (male and female)"),
        new("L12", "Married couple (same sex)"),
        new("L2", "Civil partners"),
        new("L3", "Unmarried couple (male and female)"),
        new("L4", "Unmarried couple (same sex)"),
    ]);
}
