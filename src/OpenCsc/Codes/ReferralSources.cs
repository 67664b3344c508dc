namespace OpenCsc.Codes;

/// <summary>CIN census referral sources (referralsourcetype), also used for the source of a contact.</summary>
public static class ReferralSources
{
    public static CodeList Codes { get; } = new("Referral source",
    [
        ("1A", "Individual: family member, relative or carer"),
        ("1B", "Individual: acquaintance (including neighbours and child minders)"),
        ("1C", "Individual: self"),
        ("1D", "Individual: other (including strangers)"),
        ("2A", "Schools"),
        ("2B", "Education services"),
        ("3A", "Health services: general practitioner (GP)"),
        ("3B", "Health services: health visitor"),
        ("3C", "Health services: school nurse"),
        ("3D", "Health services: other primary health services"),
        ("3E", "Health services: A&E (accident and emergency department)"),
        ("3F", "Health services: other (for example hospice)"),
        ("4", "Housing: local authority housing or housing association"),
        ("5A", "LA services: social care, for example adults social care services"),
        ("5B", "LA services: other internal (for example youth offending, excluding housing)"),
        ("5C", "LA services: external, for example another local authority's adults social care services"),
        ("5D", "LA services: early help"),
        ("6", "Police"),
        ("7", "Other legal agency, including courts, probation, immigration, CAFCASS or prison"),
        ("8", "Other, including children's centres, independent agency providers or voluntary organisations"),
        ("9", "Anonymous"),
        ("10", "Unknown"),
    ]);
}
