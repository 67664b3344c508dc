namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule167() : CodeListRule("167", "Data entry for participation is invalid or blank.", "REVIEW_CODE", "Reviews", "Reviews", "REVIEW_CODE", Ssda903Codes.ReviewCode, false);
