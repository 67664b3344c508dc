namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule386() : CeasedAgeRule("386", "Reason episode ceased is adopted but child has reached age 18.", "REC", "Header;Episodes", ["E11", "E12"], 18, true);
