namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule528() : WhenThenRule("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.", "PLACE;PLACE_PROVIDER", "Episodes", "Episodes", "PLACE_PROVIDER", ["PR2"], "PLACE", ["P1", "R2", "R5"], false);
