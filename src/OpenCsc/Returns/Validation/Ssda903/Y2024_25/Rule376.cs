namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule376() : PlacementMaximumDaysRule("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.", "DECOM;PLACE", "Episodes;Header", "T3", 21);
