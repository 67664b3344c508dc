namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT06() : ChildInHeaderRule("INT06", "Internal Check: Child in OC3 does not exist in Header.", "CHILD", "Header;OC3", "OC3");
