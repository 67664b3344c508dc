namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule115() : DateRule("115", "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.", "DATE_PLACED", "PlacedAdoption", "PlacedAdoption", "DATE_PLACED", true);
