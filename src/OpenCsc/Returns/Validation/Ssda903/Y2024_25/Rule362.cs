namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule362() : LegalStatusSpanRule("362", "Emergency protection order (EPO) lasted longer than 21 days", "DECOM;LS;DEC", "Episodes", "L2", 21);
