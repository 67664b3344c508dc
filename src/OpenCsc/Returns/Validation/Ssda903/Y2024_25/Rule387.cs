namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule387() : CeasedAgeRule("387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.", "REC", "Header;Episodes", ["E5", "E6"], 14, false);
