namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT13() : SameAsHeaderRule("INT13", "Internal Check: DOB in Missing is different to DOB in Header.", "DOB", "Header;Missing", "Missing", "DOB");
