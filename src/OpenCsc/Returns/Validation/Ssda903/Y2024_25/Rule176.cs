using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule176() : CodeListRule("176", "The gender of adopter(s) at the date of adoption code is not a valid code.", "SEX_ADOPTR", "AD1", "AD1", "SEX_ADOPTR", Ssda903Codes.SexOfAdopters, true);
