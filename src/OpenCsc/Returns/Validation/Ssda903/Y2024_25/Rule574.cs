namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule574() : NoOverlapRule("574", "A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.", "MIS_START;MIS_END", "Missing", "Missing", "MIS_START", "MIS_END", true);
