namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT35() : OncePerChildRule("INT35", "Internal Check: Child should only exist once in PrevPerm.", "CHILD", "PrevPerm", "PrevPerm");
