namespace OpenCsc.Returns.Validation.Ssda903.Y2026_27;

public sealed class Rule707() : WithinCareRule("707", "Child ceased to be looked after but there is a DoLO without an end date.", "DOLO_END", "DoLo;EPISODES", "DoLo", "DOLO_START", "DOLO_END");
