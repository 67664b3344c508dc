namespace OpenCsc.Codes;

/// <summary>SSDA903 OC3 codes for care leavers: in touch (IN_TOUCH), activity (ACTIV) and accommodation (ACCOM letter).</summary>
public static class CareLeaverCodes
{
    public static CodeList InTouch { get; } = new("In touch",
    [
        ("YES", "Yes"),
        ("NO", "No"),
        ("DIED", "Died"),
        ("REFU", "Young person refuses contact"),
        ("NREQ", "Young person no longer requires services"),
        ("RHOM", "Young person has returned home to live with parents or others with parental responsibility for 6 months or more"),
    ]);

    public static CodeList Activity { get; } = new("Activity",
    [
        ("F1", "Full time in higher education"),
        ("P1", "Part time in higher education"),
        ("F2", "Full time in education other than higher education"),
        ("P2", "Part time in education other than higher education"),
        ("F3", "Full time in training or employment"),
        ("P3", "Part time in training or employment"),
        ("F4", "Full time in an apprenticeship"),
        ("P4", "Part time in an apprenticeship"),
        ("F5", "Full time in training or employment (not an apprenticeship)"),
        ("P5", "Part time in training or employment (not an apprenticeship)"),
        ("G4", "Not in education, training or employment, owing to illness or disability"),
        ("G5", "Not in education, training or employment, owing to other reasons"),
        ("G6", "Not in education, training or employment, owing to pregnancy or parenting"),
    ]);

    public static CodeList Accommodation { get; } = new("Accommodation",
    [
        ("B", "With parents or relatives"),
        ("C", "Community home or other form of residential care such as an NHS establishment"),
        ("D", "Semi-independent, transitional accommodation and self-contained accommodation"),
        ("E", "Supported lodgings"),
        ("G", "Gone abroad"),
        ("H", "Deported"),
        ("K", "Ordinary lodgings, without formal support"),
        ("R", "Residence not known"),
        ("S", "No fixed abode / homeless"),
        ("T", "Foyers and similar supported accommodation"),
        ("U", "Independent living"),
        ("V", "Emergency accommodation"),
        ("W", "Bed and breakfast"),
        ("X", "In custody"),
        ("Y", "Other accommodation"),
        ("Z", "With former foster carers"),
    ]);
}
