namespace OpenCsc.Codes;

/// <summary>
/// SSDA903 OC3 codes for care leavers: in touch (IN_TOUCH), activity (ACTIV) and accommodation (ACCOM). The model
/// stores the accommodation letter and its suitability apart; the return joins them (<see cref="AccommodationReturned"/>).
/// </summary>
public static class CareLeaverCodes
{
    public static CodeList InTouch { get; } = new("In touch",
    [
        new("YES", "Yes", CollectionYears.Always, "a) In touch"),
        new("NO", "No", CollectionYears.Always, "b) Not in touch"),
        new("DIED", "Died", CollectionYears.Always, "d) Exclude"),
        new("REFU", "Young person refuses contact", CollectionYears.Always, "b) Not in touch"),
        new("NREQ", "Young person no longer requires services", CollectionYears.Always, "b) Not in touch"),
        new("RHOM", "Young person has returned home to live with parents or others with parental responsibility for 6 months or more", CollectionYears.Always, "d) Exclude"),
    ]);

    /// <summary>
    /// ACTIV. SSDA903_schema_2022 (2021/22) replaced F3 and P3 (training or employment) with F4, P4 (apprenticeship)
    /// and F5, P5 (other training or employment). 0 is written when there is nothing to report (not in touch, died,
    /// returned home). The Annex A categories are Annex A's own wording of each code.
    /// </summary>
    public static CodeList Activity { get; } = new("Activity",
    [
        new("F1", "Full time in higher education", CollectionYears.Always, "F1: Full time in higher education"),
        new("P1", "Part time in higher education", CollectionYears.Always, "P1: Part time in higher education"),
        new("F2", "Full time in education other than higher education", CollectionYears.Always, "F2: Full time in education other than higher"),
        new("P2", "Part time in education other than higher education", CollectionYears.Always, "P2: Part time in education other than higher"),
        new("F3", "Full time in training or employment", CollectionYears.Until(2020), "F3: Full time in training or employment"),
        new("P3", "Part time in training or employment", CollectionYears.Until(2020), "P3: Part time in training or employment"),
        new("F4", "Full time in an apprenticeship", CollectionYears.Since(2021), "F4: Young person engaged full time in an apprenticeship"),
        new("P4", "Part time in an apprenticeship", CollectionYears.Since(2021), "P4: Young person engaged part time in an apprenticeship"),
        new("F5", "Full time in training or employment (not an apprenticeship)", CollectionYears.Since(2021), "F5: Young person engaged full time in training or employment (not apprenticeship)"),
        new("P5", "Part time in training or employment (not an apprenticeship)", CollectionYears.Since(2021), "P5: Young person engaged part time in training or employment (not apprenticeship)"),
        new("G4", "Not in education, training or employment, owing to illness or disability", CollectionYears.Always, "G4: Not in education, employment or training - illness or disability"),
        new("G5", "Not in education, training or employment, owing to other reasons", CollectionYears.Always, "G5: Not in education, employment or training - other"),
        new("G6", "Not in education, training or employment, owing to pregnancy or parenting", CollectionYears.Always, "G6: Not in education, employment or training - pregnancy or parenting"),
        new("0", "Nothing to report (not in touch, died or returned home)"),
    ]);

    /// <summary>Activities in education, training or employment, full (F) or part time (P); G4 to G6 are not.</summary>
    public static CodeList InEducationEmploymentOrTraining { get; } =
        new("Activity in education, employment or training", [.. Activity.All.Where(e => e.Code[0] is 'F' or 'P')]);

    /// <summary>The accommodation letter, as the model stores it (ACCOM without its suitability digit).</summary>
    public static CodeList Accommodation { get; } = new("Accommodation",
    [
        new("B", "With parents or relatives", CollectionYears.Always, "a) With parents or relatives"),
        new("C", "Community home or other form of residential care such as an NHS establishment", CollectionYears.Always, "b) Community home"),
        new("D", "Semi-independent, transitional accommodation and self-contained accommodation", CollectionYears.Always, "c) Semi-independent transitional accommodation"),
        new("E", "Supported lodgings", CollectionYears.Always, "d) Supported lodgings"),
        new("G", "Gone abroad", CollectionYears.Always, "e) Gone abroad"),
        new("H", "Deported", CollectionYears.Always, "f) Deported"),
        new("K", "Ordinary lodgings, without formal support", CollectionYears.Always, "g) Ordinary lodgings"),
        new("R", "Residence not known", CollectionYears.Always, "h) Residence not known"),
        new("S", "No fixed abode / homeless", CollectionYears.Always, "i) No fixed abode / homeless"),
        new("T", "Foyers and similar supported accommodation", CollectionYears.Always, "j) Foyers"),
        new("U", "Independent living", CollectionYears.Always, "k) Independent living"),
        new("V", "Emergency accommodation", CollectionYears.Always, "l) Emergency accommodation"),
        new("W", "Bed and breakfast", CollectionYears.Always, "m) Bed and breakfast"),
        new("X", "In custody", CollectionYears.Always, "n) In custody"),
        new("Y", "Other accommodation", CollectionYears.Always, "p) Other accommodation"),
        new("Z", "With former foster carers", CollectionYears.Always, "o) With Former Foster Carer"),
    ]);

    /// <summary>
    /// ACCOM as the return writes it: the letter then 1 (suitable) or 2 (not suitable), or 0 when there is nothing
    /// to report. Every SSDA903 schema we hold lists all of them, S1 and X1 included.
    /// </summary>
    public static CodeList AccommodationReturned { get; } = new("Accommodation",
    [
        .. Accommodation.All.SelectMany(a => new CodeEntry[]
        {
            new(a.Code + "1", a.Label + ": suitable", a.Years, a.AnnexA),
            new(a.Code + "2", a.Label + ": not suitable", a.Years, a.AnnexA),
        }),
        new("0", "Nothing to report (not in touch, died or returned home)"),
    ]);

    /// <summary>
    /// The ACCOM codes the validation rules (2024/25 onwards, rule 133) accept: no fixed abode (S) and custody (X)
    /// are never suitable, so S1 and X1 are no longer collected though the schemas still list them.
    /// </summary>
    public static CodeList AccommodationAcceptedByRules { get; } =
        new("Accommodation", [.. AccommodationReturned.All.Where(e => e.Code is not ("S1" or "X1"))]);
}
