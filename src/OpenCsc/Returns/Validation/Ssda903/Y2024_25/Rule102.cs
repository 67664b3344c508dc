namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule102() : DateRule("102", "Date of birth is not a valid date.", "DOB", "Header", "Header", "DOB", false);
