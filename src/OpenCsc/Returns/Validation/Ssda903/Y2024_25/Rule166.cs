namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule166() : DateRule("166", "Date of review is invalid or blank.", "REVIEW", "Reviews", "Reviews", "REVIEW", false);
