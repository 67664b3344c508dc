namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule113() : DateRule("113", "Date matching child and adopter(s) is not a valid date.", "DATE_MATCH", "AD1", "AD1", "DATE_MATCH", true);
