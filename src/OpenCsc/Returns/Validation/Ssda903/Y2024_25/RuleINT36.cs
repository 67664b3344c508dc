namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT36() : OncePerChildRule("INT36", "Internal Check: Child should only exist once in UASC.", "CHILD", "UASC", "UASC");
