namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule503D() : CarriedOverFromLastYearRule("503D", "The placement type in the first episode does not match open episode at end of last year", "PLACE", "Episodes", "PLACE")
{
    // Codes withdrawn by a year's lists move to their replacements: H5 to K3 in 2023/24 and 2024/25, Z1 to Z11-Z14 in 2025/26.
    protected override bool Allowed(Ssda903Data data, string? lastYear, string? thisYear) => data.CollectionStart.Year switch
    {
        2023 or 2024 => lastYear == "H5" && thisYear == "K3",
        2025 => lastYear == "Z1" && thisYear is "Z11" or "Z12" or "Z13" or "Z14",
        _ => false,
    };
}
