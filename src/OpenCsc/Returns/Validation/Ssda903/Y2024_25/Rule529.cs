namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule529() : WhenThenRule("529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.", "PLACE;PLACE_PROVIDER", "Episodes", "Episodes", "PLACE_PROVIDER", ["PR3"], "PLACE", ["A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6"], false);
