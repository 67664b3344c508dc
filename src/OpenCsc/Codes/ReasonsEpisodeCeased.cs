namespace OpenCsc.Codes;

/// <summary>SSDA903 reason episode ceased (REC), 2019 onwards, plus the older E41, E43 and E44.</summary>
public static class ReasonsEpisodeCeased
{
    public static CodeList Codes { get; } = new("Reason episode ceased",
    [
        ("X1", "Episode ceases, and new episode begins on same day, for any reason"),
        ("E11", "Adopted: application for an adoption order unopposed"),
        ("E12", "Adopted: consent dispensed with by the court"),
        ("E2", "Died"),
        ("E3", "Care taken over by another local authority in the UK"),
        ("E4A", "Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility as part of the care planning process"),
        ("E4B", "Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility, not as part of the care planning process"),
        ("E13", "Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility"),
        ("E41", "Residence order (or, from 22 April 2014, a child arrangements order) granted"),
        ("E43", "Special guardianship order made to former foster carer(s)"),
        ("E44", "Special guardianship order made to carer(s), other than former foster carer(s)"),
        ("E45", "Special guardianship order made to former foster carer(s), who were relatives or friends"),
        ("E46", "Special guardianship order made to former foster carer(s), other than relatives or friends"),
        ("E47", "Special guardianship order made to carer(s), other than former foster carer(s), who were relatives or friends"),
        ("E48", "Special guardianship order made to carer(s), other than former foster carer(s), other than relatives or friends"),
        ("E5", "Moved into independent living arrangement and no longer looked after: supportive accommodation providing formalised advice or support"),
        ("E6", "Moved into independent living arrangement and no longer looked after: accommodation providing no formalised advice or support"),
        ("E7", "Transferred to residential care funded by adult social care services"),
        ("E9", "Sentenced to custody"),
        ("E14", "Accommodation on remand ended"),
        ("E15", "Age assessment determined child is aged 18 or over and the child is not looked after"),
        ("E16", "Child moved abroad"),
        ("E17", "Aged 18 (or over) and remained with current carers (inc under staying put arrangements)"),
        ("E8", "Period of being looked after ceased for any other reason"),
    ]);
}
