namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT14() : SameAsHeaderRule("INT14", "Internal Check: DOB in OC2 is different to DOB in Header.", "DOB", "Header;OC2", "OC2", "DOB");
