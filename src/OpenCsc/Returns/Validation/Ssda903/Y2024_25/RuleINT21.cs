namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT21() : SameAsHeaderRule("INT21", "Internal Check: SEX in UASC is different to SEX in Header.", "SEX", "Header;UASC", "UASC", "SEX");
