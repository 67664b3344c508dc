using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule133() : CodeListRule("133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid", "ACCOM", "OC3", "OC3", "ACCOM", Ssda903Codes.Accommodation, false);
