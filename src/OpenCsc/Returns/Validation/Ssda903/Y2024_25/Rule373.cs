namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule373() : PlacementMinimumAgeRule("373", "Child placed in a school should be at least 4 years old.", "DECOM;PLACE", "Episodes;Header", "S1", 4);
