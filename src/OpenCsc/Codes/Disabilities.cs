namespace OpenCsc.Codes;

/// <summary>CIN census disability codes (disabilitytype).</summary>
public static class Disabilities
{
    public static CodeList Codes { get; } = new("Disability",
    [
        ("NONE", "No disability"),
        ("MOB", "Mobility"),
        ("HAND", "Hand function"),
        ("PC", "Personal care"),
        ("INC", "Incontinence"),
        ("COMM", "Communication"),
        ("LD", "Learning"),
        ("HEAR", "Hearing"),
        ("VIS", "Vision"),
        ("BEH", "Behaviour"),
        ("CON", "Consciousness"),
        ("AUT", "Autism"),
        ("DDA", "Other"),
    ]);
}
