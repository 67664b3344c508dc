namespace OpenCsc.Codes;

/// <summary>CIN census referral sources (referralsourcetype), also used for the source of a contact.</summary>
public static class ReferralSources
{
    public static CodeList Codes { get; } = new("Referral source",
    [
        new("1A", "Individual: family member, relative or carer", CollectionYears.Always, "a) Individual"),
        new("1B", "Individual: acquaintance (including neighbours and child minders)", CollectionYears.Always, "a) Individual"),
        new("1C", "Individual: self", CollectionYears.Always, "a) Individual"),
        new("1D", "Individual: other (including strangers)", CollectionYears.Always, "a) Individual"),
        new("2A", "Schools", CollectionYears.Always, "b) Schools"),
        new("2B", "Education services", CollectionYears.Always, "c) Education services"),
        new("3A", "Health services: general practitioner (GP)", CollectionYears.Always, "d) Health services"),
        new("3B", "Health services: health visitor", CollectionYears.Always, "d) Health services"),
        new("3C", "Health services: school nurse", CollectionYears.Always, "d) Health services"),
        new("3D", "Health services: other primary health services", CollectionYears.Always, "d) Health services"),
        new("3E", "Health services: A&E (accident and emergency department)", CollectionYears.Always, "d) Health services"),
        new("3F", "Health services: other (for example hospice)", CollectionYears.Always, "d) Health services"),
        new("4", "Housing: local authority housing or housing association", CollectionYears.Always, "e) Housing"),
        new("5A", "LA services: social care, for example adults social care services", CollectionYears.Always, "f) LA services"),
        new("5B", "LA services: other internal (for example youth offending, excluding housing)", CollectionYears.Always, "f) LA services"),
        new("5C", "LA services: external, for example another local authority's adults social care services", CollectionYears.Always, "f) LA services"),
        new("5D", "LA services: early help", CollectionYears.Always, "f) LA services"),
        new("6", "Police", CollectionYears.Always, "g) Police"),
        new("7", "Other legal agency, including courts, probation, immigration, CAFCASS or prison", CollectionYears.Always, "h) Other legal agency"),
        new("8", "Other, including children's centres, independent agency providers or voluntary organisations", CollectionYears.Always, "i) Other"),
        new("9", "Anonymous", CollectionYears.Always, "j) Anonymous"),
        new("10", "Unknown", CollectionYears.Always, "k) Unknown"),
    ]);
}
