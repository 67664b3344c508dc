namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT08() : ChildInHeaderRule("INT08", "Internal Check: Child in Reviews does not exist in Header.", "CHILD", "Header;Reviews", "Reviews");
