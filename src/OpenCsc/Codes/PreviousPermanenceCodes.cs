namespace OpenCsc.Codes;

/// <summary>SSDA903 previous permanence option (PREV_PERM) before the child became looked after.</summary>
public static class PreviousPermanenceCodes
{
    public static CodeList Codes { get; } = new("Previous permanence option",
    [
        new("P1", "Adoption"),
        new("P2", "Special guardianship order"),
        new("P3", "Residence order or child arrangements order naming with whom the child is to live"),
        new("P4", "Previous permanence option not known"),
        new("Z1", "No previous permanence option (or not known whether there was one)"),
    ]);
}
