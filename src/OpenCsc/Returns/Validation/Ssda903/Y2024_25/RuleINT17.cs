namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT17() : SameAsHeaderRule("INT17", "Internal Check: DOB in Reviews is different to DOB in Header.", "DOB", "Header;Reviews", "Reviews", "DOB");
