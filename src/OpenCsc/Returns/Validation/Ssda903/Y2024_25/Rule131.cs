using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule131() : CodeListRule("131", "Data entry for being in touch after leaving care is invalid.", "IN_TOUCH", "OC3", "OC3", "IN_TOUCH", Ssda903Codes.InTouch, false);
