using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule177() : CodeListRule("177", "The legal status of adopter(s) code is not a valid code.", "LS_ADOPTR", "AD1", "AD1", "LS_ADOPTR", Ssda903Codes.LegalStatusOfAdopters, true);
