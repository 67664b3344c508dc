namespace OpenCsc.Codes;

/// <summary>SSDA903 legal status (LS) of a looked-after child's episode.</summary>
public static class LegalStatuses
{
    public static CodeList Codes { get; } = new("Legal status",
    [
        new("C1", "Interim care order", CollectionYears.Always, "a) Interim care orders"),
        new("C2", "Full care order", CollectionYears.Always, "b) Full care orders"),
        new("D1", "Freeing order granted", CollectionYears.Always, "c) Freed for  Adoption"),
        new("E1", "Placement order granted", CollectionYears.Always, "d) Placement order granted"),
        new("V2", "Single period of accommodation under section 20 (Children Act 1989)", CollectionYears.Always, "e) Accommodated under S20"),
        new("V3", "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded", CollectionYears.Always),
        new("V4", "Accommodated under an agreed series of short-term breaks, when agreements are recorded", CollectionYears.Always),
        new("L1", "Under police protection and in local authority accommodation", CollectionYears.Always, "f) Detained on child protection grounds in LA accommodation"),
        new("L2", "Emergency protection order (EPO)", CollectionYears.Always, "f) Detained on child protection grounds in LA accommodation"),
        new("L3", "Under child assessment order and in local authority accommodation", CollectionYears.Always, "f) Detained on child protection grounds in LA accommodation"),
        new("J1", "Remanded to local authority accommodation or to youth detention accommodation", CollectionYears.Always, "g) Youth justice legal Statuses"),
        new("J2", "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984", CollectionYears.Always, "g) Youth justice legal Statuses"),
        new("J3", "Sentenced to a youth rehabilitation order with residence or intensive fostering requirement", CollectionYears.Always, "g) Youth justice legal Statuses"),
    ]);
}
