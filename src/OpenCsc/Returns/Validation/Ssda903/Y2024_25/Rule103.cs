using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule103() : CodeListRule("103", "The ethnicity code is either not valid or has not been entered.", "ETHNIC", "Header", "Header", "ETHNIC", Ssda903Codes.Ethnic, false);
