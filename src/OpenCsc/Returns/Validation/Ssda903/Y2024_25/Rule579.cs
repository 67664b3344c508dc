namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule579() : NoOverlapRule("579", "A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.", "DATE_PLACED;DATE_PLACED_CEASED", "PlacedAdoption", "PlacedAdoption", "DATE_PLACED", "DATE_PLACED_CEASED", false);
