namespace OpenCsc.Codes;

/// <summary>SSDA903 reason a child is no longer placed for adoption (REASON_PLACED_CEASED).</summary>
public static class ReasonsNoLongerPlacedForAdoption
{
    public static CodeList Codes { get; } = new("Reason no longer placed for adoption",
    [
        new("RD1", "The child's needs changed", CollectionYears.Always, "a) Child’s needs changed"),
        new("RD2", "The court did not make a placement order", CollectionYears.Always, "b) Court did not make a PO"),
        new("RD3", "Prospective adopters could not be found", CollectionYears.Always, "c) Prospective adopters cannot be found"),
        new("RD4", "Any other reason", CollectionYears.Always, "d) Any other reason"),
    ]);
}
