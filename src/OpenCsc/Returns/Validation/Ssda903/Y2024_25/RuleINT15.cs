namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT15() : SameAsHeaderRule("INT15", "Internal Check: DOB in OC3 is different to DOB in Header.", "DOB", "Header;OC3", "OC3", "DOB");
