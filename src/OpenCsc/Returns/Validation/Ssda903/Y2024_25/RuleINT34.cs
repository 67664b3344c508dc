namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT34() : OncePerChildRule("INT34", "Internal Check: Child should only exist once in OC3.", "CHILD", "OC3", "OC3");
