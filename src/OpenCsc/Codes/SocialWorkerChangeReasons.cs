namespace OpenCsc.Codes;

/// <summary>SSDA903 reason a social worker episode ended (SW_REASON), collected from 2023/24 (SSDA903_schema_2024).</summary>
public static class SocialWorkerChangeReasons
{
    public static CodeList Codes { get; } = new("Reason for change of social worker",
    [
        new("MANAGE", "Management decision", CollectionYears.Since(2023)),
        new("FCONTA", "Fixed-term contract ended", CollectionYears.Since(2023)),
        new("LEFTRL", "Social worker left the role", CollectionYears.Since(2023)),
        new("ORGRST", "Organisational restructure", CollectionYears.Since(2023)),
        new("TSPROC", "Transfer between teams as part of the standard process", CollectionYears.Since(2023)),
        new("ABSENC", "Social worker absence", CollectionYears.Since(2023)),
        new("CHCHAN", "The child asked for a change", CollectionYears.Since(2023)),
        new("PCCHAN", "A parent or carer asked for a change", CollectionYears.Since(2023)),
        new("SWDIED", "Social worker died", CollectionYears.Since(2023)),
        new("OTHERS", "Other", CollectionYears.Since(2023)),
    ]);
}
