namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule147() : DateRule("147", "Date episode ceased is not a valid date.", "DEC", "Episodes", "Episodes", "DEC", true);
