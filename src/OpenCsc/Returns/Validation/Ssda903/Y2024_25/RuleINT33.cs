namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT33() : OncePerChildRule("INT33", "Internal Check: Child should only exist once in OC2.", "CHILD", "OC2", "OC2");
