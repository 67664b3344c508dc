namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule384() : WhenThenRule("384", "A child receiving respite care cannot be in a long-term foster placement", "PLACE;LS", "Episodes", "Episodes", "LS", ["V3", "V4"], "PLACE", ["U1", "U4"], false);
