namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule171() : DateRule("171", "Date of birth of mother's child is not a valid date.", "MC_DOB", "Header", "Header", "MC_DOB", true);
