namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule375() : PlacementMaximumDaysRule("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "DECOM;PLACE", "Episodes;Header", "T1", 42);
