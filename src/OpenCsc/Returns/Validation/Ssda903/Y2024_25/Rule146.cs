using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule146() : CodeListRule("146", "Placement type code is not a valid code.", "PLACE", "Episodes", "Episodes", "PLACE", Ssda903Codes.Place, true);
