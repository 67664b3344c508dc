namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT03() : ChildInHeaderRule("INT03", "Internal Check: Child in Episodes does not exist in Header.", "CHILD", "Header;Episodes", "Episodes");
