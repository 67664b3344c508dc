using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule114() : CodeListRule("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.", "FOSTER_CARE", "AD1", "AD1", "FOSTER_CARE", Ssda903Codes.YesNo, true);
