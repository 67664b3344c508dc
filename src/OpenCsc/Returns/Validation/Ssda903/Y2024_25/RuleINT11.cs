namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT11() : SameAsHeaderRule("INT11", "Internal Check: DOB in AD1 is different to DOB in Header.", "DOB", "Header;AD1", "AD1", "DOB");
