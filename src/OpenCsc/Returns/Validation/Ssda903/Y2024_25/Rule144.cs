using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule144() : CodeListRule("144", "The legal status code is not a valid code.", "LS", "Episodes", "Episodes", "LS", Ssda903Codes.LegalStatus, true);
