namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule550() : WhenThenRule("550", "A placement provider code of PR0 can only be associated with placement P1.", "PLACE;PLACE_PROVIDER", "Episodes", "Episodes", "PLACE_PROVIDER", ["PR0"], "PLACE", ["P1"], true);
