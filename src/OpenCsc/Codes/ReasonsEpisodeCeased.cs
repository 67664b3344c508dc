namespace OpenCsc.Codes;

/// <summary>
/// SSDA903 reason episode ceased (REC). SSDA903_schema_2019 (2018/19) replaced E43 and E44 with E45-E48; E1, E4 and
/// E42 predate the 2016/17 schema and are kept, labelled by their Annex A category, so old episodes keep a label.
/// X1 (a new episode begins) has no Annex A category: the period of care has not ended.
/// </summary>
public static class ReasonsEpisodeCeased
{
    public static CodeList Codes { get; } = new("Reason episode ceased",
    [
        new("X1", "Episode ceases, and new episode begins on same day, for any reason", CollectionYears.Always),
        new("E11", "Adopted: application for an adoption order unopposed", CollectionYears.Always, "a) Adopted"),
        new("E12", "Adopted: consent dispensed with by the court", CollectionYears.Always, "a) Adopted"),
        new("E2", "Died", CollectionYears.Always, "b) Died"),
        new("E3", "Care taken over by another local authority in the UK", CollectionYears.Always, "c) Care taken by another LA"),
        new("E4A", "Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility as part of the care planning process", CollectionYears.Always, "d) Returned home to live with parents or relatives"),
        new("E4B", "Returned home to live with parent(s), relative(s) or other person(s) with parental responsibility, not as part of the care planning process", CollectionYears.Always, "d) Returned home to live with parents or relatives"),
        new("E13", "Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility", CollectionYears.Always, "e) Left care to live with parents, relatives or other person with no parental responsibility"),
        new("E41", "Residence order (or, from 22 April 2014, a child arrangements order) granted", CollectionYears.Always, "f) Residence order granted"),
        new("E43", "Special guardianship order made to former foster carer(s)", CollectionYears.Until(2017), "g) Special Guardianship Orders"),
        new("E44", "Special guardianship order made to carer(s), other than former foster carer(s)", CollectionYears.Until(2017), "g) Special Guardianship Orders"),
        new("E45", "Special guardianship order made to former foster carer(s), who were relatives or friends", CollectionYears.Since(2018), "g) Special Guardianship Orders"),
        new("E46", "Special guardianship order made to former foster carer(s), other than relatives or friends", CollectionYears.Since(2018), "g) Special Guardianship Orders"),
        new("E47", "Special guardianship order made to carer(s), other than former foster carer(s), who were relatives or friends", CollectionYears.Since(2018), "g) Special Guardianship Orders"),
        new("E48", "Special guardianship order made to carer(s), other than former foster carer(s), other than relatives or friends", CollectionYears.Since(2018), "g) Special Guardianship Orders"),
        new("E5", "Moved into independent living arrangement and no longer looked after: supportive accommodation providing formalised advice or support", CollectionYears.Always, "h) Moved into independent living"),
        new("E6", "Moved into independent living arrangement and no longer looked after: accommodation providing no formalised advice or support", CollectionYears.Always, "h) Moved into independent living"),
        new("E7", "Transferred to residential care funded by adult social care services", CollectionYears.Always, "i) Transferred to residential care funded by adult social services"),
        new("E9", "Sentenced to custody", CollectionYears.Always, "j) Sentenced to custody"),
        new("E14", "Accommodation on remand ended", CollectionYears.Always, "k) Accommodation on remand ended"),
        new("E15", "Age assessment determined child is aged 18 or over and the child is not looked after", CollectionYears.Always, "l) Age assessment determined child was 18 or over"),
        new("E16", "Child moved abroad", CollectionYears.Always, "m) Child moved abroad"),
        new("E17", "Aged 18 (or over) and remained with current carers (inc under staying put arrangements)", CollectionYears.Always, "e) Left care to live with parents, relatives or other person with no parental responsibility"),
        new("E8", "Period of being looked after ceased for any other reason", CollectionYears.Always, "n) Care ceased for any other reason"),
        new("E1", "Adopted (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "a) Adopted"),
        new("E4", "Returned home to live with parent(s) or relative(s) (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "d) Returned home to live with parents or relatives"),
        new("E42", "Special guardianship order made (code used before 2016/17)", Catalogue.BeforeKnownSchemas, "g) Special Guardianship Orders"),
    ]);
}
