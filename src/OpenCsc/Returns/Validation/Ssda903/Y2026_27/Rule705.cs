namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule705() : NoOverlapRule("705", "A DoLO cannot start when the previous DoLO is still open.", "DOLO_START;DOLO_END", "DoLo", "DoLo", "DOLO_START", "DOLO_END", true);
