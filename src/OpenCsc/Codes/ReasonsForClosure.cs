namespace OpenCsc.Codes;

/// <summary>CIN census reasons for closure RC1-RC9 (reasonforclosuretype).</summary>
public static class ReasonsForClosure
{
    public static CodeList Codes { get; } = new("Reason for closure",
    [
        ("RC1", "Adopted"),
        ("RC2", "Died"),
        ("RC3", "Child arrangements order"),
        ("RC4", "Special guardianship order"),
        ("RC5", "Transferred to services of another local authority"),
        ("RC6", "Transferred to adult social care services"),
        ("RC7", "Services ceased for any other reason, including child no longer in need"),
        ("RC8", "Case closed after assessment, no further action"),
        ("RC9", "Case closed after assessment, referred to early help"),
    ]);
}
