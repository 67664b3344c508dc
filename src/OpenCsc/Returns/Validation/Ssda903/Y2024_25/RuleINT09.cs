namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT09() : ChildInHeaderRule("INT09", "Internal Check: Child in UASC does not exist in Header.", "CHILD", "Header;UASC", "UASC");
