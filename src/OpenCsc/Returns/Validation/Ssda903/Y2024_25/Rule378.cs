namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule378() : WhenThenRule("378", "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.", "PLACE;LS", "Episodes", "Episodes", "PLACE", ["P1"], "LS", ["V2"], false);
