namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT01() : ChildInHeaderRule("INT01", "Data Integrity Check: Child in AD1 does not exist in Header.", "CHILD", "Header;AD1", "AD1");
