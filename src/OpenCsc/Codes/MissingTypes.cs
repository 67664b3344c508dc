namespace OpenCsc.Codes;

/// <summary>SSDA903 missing episode type (MISSING).</summary>
public static class MissingTypes
{
    public static CodeList Codes { get; } = new("Missing or away",
    [
        new("M", "Missing"),
        new("A", "Away from placement without authorisation"),
    ]);
}
