namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule408() : WhenThenRule("408", "Child is placed for adoption with a placement order, but no placement order has been recorded.", "PLACE;LS", "Episodes", "Episodes", "PLACE", ["A5", "A6"], "LS", ["E1"], true);
