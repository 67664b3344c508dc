namespace OpenCsc.Codes;

/// <summary>The SSDA903 yes/no items (MOTHER, CONVICTED, HEALTH_CHECK, FOSTER_CARE, ...): 0 or 1.</summary>
public static class YesNoCodes
{
    public static CodeList Codes { get; } = new("Yes or no",
    [
        new("0", "No", CollectionYears.Always, "No"),
        new("1", "Yes", CollectionYears.Always, "Yes"),
    ]);
}
