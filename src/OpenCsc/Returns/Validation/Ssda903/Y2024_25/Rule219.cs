namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule219() : ProviderCodesRule("219", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement type recorded.",
    "URN;PLACE", "Episodes;Provider Info", "PLACE", Ssda903ProviderInfo.PlaceCodes);
