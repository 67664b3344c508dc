namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT04() : ChildInHeaderRule("INT04", "Internal Check: Child in Missing does not exist in Header.", "CHILD", "Header;Missing", "Missing");
