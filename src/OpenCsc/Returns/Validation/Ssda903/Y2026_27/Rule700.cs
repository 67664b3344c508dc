namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule700() : DateRule("700", "The start date of the DoLO is not a valid date.", "DOLO_START", "DoLo", "DoLo", "DOLO_START", false);
