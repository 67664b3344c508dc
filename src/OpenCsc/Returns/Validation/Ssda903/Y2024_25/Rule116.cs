namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule116() : DateRule("116", "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.", "DATE_PLACED_CEASED", "PlacedAdoption", "PlacedAdoption", "DATE_PLACED_CEASED", true);
