using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule145() : CodeListRule("145", "Category of need code is not a valid code.", "CIN", "Episodes", "Episodes", "CIN", Ssda903Codes.CategoryOfNeed, true);
