namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule460() : CeasedAgeRule("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.", "DEC;REC", "Header;Episodes", ["E17"], 18, false);
