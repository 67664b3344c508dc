namespace OpenCsc.Codes;

/// <summary>CIN census reasons for closure RC1-RC9 (reasonforclosuretype).</summary>
public static class ReasonsForClosure
{
    public static CodeList Codes { get; } = new("Reason for closure",
    [
        new("RC1", "Adopted", CollectionYears.Always, "a) Adopted"),
        new("RC2", "Died", CollectionYears.Always, "b) Died"),
        new("RC3", "Child arrangements order", CollectionYears.Always, "c) Residence Order"),
        new("RC4", "Special guardianship order", CollectionYears.Always, "d) Special Guardianship Order"),
        new("RC5", "Transferred to services of another local authority", CollectionYears.Always, "e) Transfer to another LA"),
        new("RC6", "Transferred to adult social care services", CollectionYears.Always, "f) Transfer to Adult Social Services"),
        new("RC7", "Services ceased for any other reason, including child no longer in need", CollectionYears.Always, "g) 'Other' incl. Child no longer in need"),
        new("RC8", "Case closed after assessment, no further action", CollectionYears.Always, "h) Child not in need after assessment"),
        new("RC9", "Case closed after assessment, referred to early help", CollectionYears.Always, "h) Child not in need after assessment"),
    ]);
}
