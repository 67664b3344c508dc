namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT18() : SameAsHeaderRule("INT18", "Internal Check: DOB in UASC is different to DOB in Header.", "DOB", "Header;UASC", "UASC", "DOB");
