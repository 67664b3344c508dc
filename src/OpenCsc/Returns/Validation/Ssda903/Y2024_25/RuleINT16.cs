namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleINT16() : SameAsHeaderRule("INT16", "Internal Check: DOB in PrevPerm is different to DOB in Header.", "DOB", "Header;PrevPerm", "PrevPerm", "DOB");
