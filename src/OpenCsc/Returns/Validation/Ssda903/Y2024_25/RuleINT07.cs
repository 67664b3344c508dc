namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT07() : ChildInHeaderRule("INT07", "Internal Check: Child in PrevPerm does not exist in Header.", "CHILD", "Header;PrevPerm", "PrevPerm");
