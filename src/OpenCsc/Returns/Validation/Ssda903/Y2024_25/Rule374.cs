namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule374() : PlacementMinimumAgeRule("374", "Child in residential employment should be at least 14 years old.", "DECOM;PLACE", "Episodes;Header", "P3", 14);
