namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule372() : PlacementMinimumAgeRule("372", "Child in youth custody or prison should be at least 10.", "DECOM;PLACE", "Episodes;Header", "R5", 10);
