using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1006() : CodeListRule("1006", "Missing type invalid.", "MISSING", "Missing", "Missing", "MISSING", Ssda903Codes.MissingType, true);
