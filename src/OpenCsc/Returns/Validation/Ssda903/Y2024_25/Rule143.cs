using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule143() : CodeListRule("143", "The reason for new episode code is not a valid code.", "RNE", "Episodes", "Episodes", "RNE", Ssda903Codes.ReasonNewEpisode, true);
