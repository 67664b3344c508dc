namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule577() : WithinCareRule("577", "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.", "MIS_END", "Episodes;Missing", "Missing", "MIS_START", "MIS_END");
