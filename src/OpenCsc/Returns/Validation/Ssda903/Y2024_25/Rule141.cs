namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule141() : DateRule("141", "Date episode began is not a valid date.", "DECOM", "Episodes", "Episodes", "DECOM", true);
