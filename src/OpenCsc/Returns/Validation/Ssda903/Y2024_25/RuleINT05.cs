namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT05() : ChildInHeaderRule("INT05", "Internal Check: Child in OC2 does not exist in Header.", "CHILD", "Header;OC2", "OC2");
