using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule101() : CodeListRule("101", "The child or young person’s reported sex is not valid.", "SEX", "Header", "Header", "SEX", Ssda903Codes.Sex, false);
