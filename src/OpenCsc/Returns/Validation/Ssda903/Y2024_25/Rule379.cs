namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule379() : PlacementMaximumDaysRule("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.", "DECOM;PLACE", "Episodes;Header", "T4", 7);
