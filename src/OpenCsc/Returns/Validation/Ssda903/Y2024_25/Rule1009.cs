using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1009() : CodeListRule("1009", "Reason for placement change is not a valid code.", "REASON_PLACE_CHANGE", "Episodes", "Episodes", "REASON_PLACE_CHANGE", Ssda903Codes.ReasonPlaceChange, true);
