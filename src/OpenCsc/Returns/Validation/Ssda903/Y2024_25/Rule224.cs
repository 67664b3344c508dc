namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule224() : ProviderCodesRule("224", "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement provider recorded.",
    "PLACE_PROVIDER", "Episodes;Provider Info", "PLACE_PROVIDER", Ssda903ProviderInfo.ProviderCodes);
