namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule527() : WhenThenRule("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.", "PLACE;PLACE_PROVIDER", "Episodes", "Episodes", "PLACE_PROVIDER", ["PR1"], "PLACE", ["P1", "R2", "R5"], false);
