namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule701() : DateRule("701", "The end date of the DoLO is not a valid date.", "DOLO_END", "DoLo", "DoLo", "DOLO_END", true);
