namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule530() : WhenThenRule("530", "A placement provider code of PR4 cannot be associated with placement P1.", "PLACE;PLACE_PROVIDER", "Episodes", "Episodes", "PLACE_PROVIDER", ["PR4"], "PLACE", ["P1"], false);
