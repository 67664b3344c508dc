namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule202() : SameAsLastYearRule("202", "The gender code conflicts with the gender already recorded for this child.", "SEX", "Header;Header_last", "SEX");
