namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule531() : WhenThenRule("531", "A placement provider code of PR5 cannot be associated with placements P1.", "PLACE;PLACE_PROVIDER", "Episodes", "Episodes", "PLACE_PROVIDER", ["PR5"], "PLACE", ["P1"], false);
