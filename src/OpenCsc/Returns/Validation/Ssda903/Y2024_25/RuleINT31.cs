namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT31() : OncePerChildRule("INT31", "Internal Check: Child should only exist once in AD1.", "CHILD", "AD1", "AD1");
