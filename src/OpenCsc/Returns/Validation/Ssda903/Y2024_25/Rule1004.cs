namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1004() : DateRule("1004", "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.", "MIS_START", "Missing", "Missing", "MIS_START", false);
