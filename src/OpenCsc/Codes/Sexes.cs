namespace OpenCsc.Codes;

/// <summary>The DfE's sex codes from 2025 (CIN census sextype; SSDA903 SEX).</summary>
public static class Sexes
{
    public static CodeList Codes { get; } = new("Sex",
    [
        ("M", "Male"),
        ("F", "Female"),
        ("U", "Unknown"),
    ]);
}
