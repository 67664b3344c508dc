namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule371() : PlacementMinimumAgeRule("371", "Child in supported accomodation not subject to children’s homes regulations should be at least 16.", "DECOM;PLACE", "Episodes;Header", "K3", 16);
