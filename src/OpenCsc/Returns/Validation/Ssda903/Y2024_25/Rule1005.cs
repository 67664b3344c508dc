namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1005() : DateRule("1005", "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.", "MIS_END", "Missing", "Missing", "MIS_END", true);
