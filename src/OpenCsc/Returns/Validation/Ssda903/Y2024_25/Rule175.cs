using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule175() : CodeListRule("175", "The number of adopter(s) code is not a valid code.", "NB_ADOPTR", "AD1", "AD1", "NB_ADOPTR", Ssda903Codes.NumberOfAdopters, true);
