namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule112() : DateRule("112", "Date should be placed for adoption is not a valid date.", "DATE_INT", "AD1", "AD1", "DATE_INT", true);
