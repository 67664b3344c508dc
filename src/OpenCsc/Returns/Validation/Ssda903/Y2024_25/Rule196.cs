using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule196() : CodeListRule("196", "Strengths and Difficulties (SDQ) reason is not a valid code.", "SDQ_REASON", "OC2", "OC2", "SDQ_REASON", Ssda903Codes.SdqReason, true);
