namespace OpenCsc.Codes;

/// <summary>CIN census disability codes (disabilitytype).</summary>
public static class Disabilities
{
    public static CodeList Codes { get; } = new("Disability",
    [
        new("NONE", "No disability", CollectionYears.Always),
        new("MOB", "Mobility", CollectionYears.Always),
        new("HAND", "Hand function", CollectionYears.Always),
        new("PC", "Personal care", CollectionYears.Always),
        new("INC", "Incontinence", CollectionYears.Always),
        new("COMM", "Communication", CollectionYears.Always),
        new("LD", "Learning", CollectionYears.Always),
        new("HEAR", "Hearing", CollectionYears.Always),
        new("VIS", "Vision", CollectionYears.Always),
        new("BEH", "Behaviour", CollectionYears.Always),
        new("CON", "Consciousness", CollectionYears.Always),
        new("AUT", "Autism", CollectionYears.Always),
        new("DDA", "Other", CollectionYears.Always),
    ]);
}
