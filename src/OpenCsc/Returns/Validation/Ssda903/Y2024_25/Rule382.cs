namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule382() : WhenThenRule("382", "A child receiving respite care cannot be in a temporary placement.", "LS;PLACE", "Episodes", "Episodes", "LS", ["V3", "V4"], "PLACE", ["T0", "T1", "T2", "T3", "T4"], false);
