using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule132() : CodeListRule("132", "Data entry for activity after leaving care is invalid.", "ACTIV", "OC3", "OC3", "ACTIV", Ssda903Codes.Activity, false);
