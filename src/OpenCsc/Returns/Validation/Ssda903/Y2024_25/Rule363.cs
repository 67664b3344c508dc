namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule363() : LegalStatusSpanRule("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.", "LS;DECOM;DEC", "Episodes", "L3", 7);
