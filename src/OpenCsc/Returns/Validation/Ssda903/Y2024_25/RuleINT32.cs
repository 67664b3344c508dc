namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT32() : OncePerChildRule("INT32", "Internal Check: Child should only exist once in Header.", "CHILD", "Header", "Header");
