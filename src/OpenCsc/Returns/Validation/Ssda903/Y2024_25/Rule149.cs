using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule149() : CodeListRule("149", "Reason episode ceased code is not valid.", "REC", "Episodes", "Episodes", "REC", Ssda903Codes.ReasonEpisodeCeased, true);
