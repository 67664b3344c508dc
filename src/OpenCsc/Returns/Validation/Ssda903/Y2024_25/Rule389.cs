namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule389() : CeasedAgeRule("389", "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.", "REC", "Episodes;Header", ["E7"], 16, false);
